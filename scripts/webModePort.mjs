// Web mode's ports, in one place: serve-web.mjs (npm start, npm run web), vite.config.ts's preview, the
// benchmarks and the README use these. The browser keeps a site's data (IndexedDB, the origin-private
// file system) per origin, and the port is part of the origin: any page served from
// http://127.0.0.1:WEB_MODE_PORT/ shares Spårbar's data. So the port is one no common tool serves on by
// default (not Vite's 5173 and 4173, not 3000, 4200, 5000, 8000, 8080 …), not in Debian's /etc/services,
// and below the ephemeral ranges of Linux (32768-60999) and Windows (49152-65535), so that no outgoing
// connection holds it. Changing it moves the data: see the README (Where your data is) before you do.
// tests/unit/scripts/webModePort.test.ts checks all of this.

/** Web mode for the evaluator. */
export const WEB_MODE_PORT = 26417;
/** `npm run bench`, so that it runs while web mode is open (a fresh browser profile: no data shared). */
export const BENCH_PORT = 26418;
/** scripts/profileBench.mjs, likewise. */
export const PROFILE_BENCH_PORT = 26419;
/** scripts/profileTables.mjs, likewise. */
export const PROFILE_TABLES_PORT = 26421;
/** `npm run dev` (Vite's dev server, for developers; its data is apart from web mode's). */
export const DEV_PORT = 26420;
