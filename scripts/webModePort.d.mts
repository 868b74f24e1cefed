export declare const WEB_MODE_PORT: number;
export declare const BENCH_PORT: number;
export declare const PROFILE_BENCH_PORT: number;
export declare const PROFILE_TABLES_PORT: number;
export declare const DEV_PORT: number;
