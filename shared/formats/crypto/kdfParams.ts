/**
 * The key derivations a container may name in its header, their parameters, the defaults used when
 * encrypting, the floors below which Spårbar never encrypts, and the ceilings above which a header is
 * taken as damaged (so a forged header cannot make the app try to allocate gigabytes).
 */

/** Argon2id, version 0x13 (RFC 9106). */
export const KDF_ARGON2ID = 1;
/** PBKDF2-HMAC-SHA-256 (RFC 8018), through Web Crypto: the fallback where Argon2id cannot run. */
export const KDF_PBKDF2_SHA256 = 2;

export interface Argon2idParams {
  readonly kdf: 'argon2id';
  /** Memory in KiB (m). */
  readonly memoryKiB: number;
  /** Passes over the memory (t). */
  readonly passes: number;
  /** Lanes (p). */
  readonly lanes: number;
}

export interface Pbkdf2Params {
  readonly kdf: 'pbkdf2';
  readonly iterations: number;
}

export type KdfParams = Argon2idParams | Pbkdf2Params;

/**
 * 64 MiB, 3 passes, 1 lane: RFC 9106's second recommended option (§4) with one lane, since hash-wasm
 * runs single-threaded; well above OWASP's minimum for Argon2id (19 MiB, 2 passes, 1 lane).
 */
export const DEFAULT_ARGON2ID: Argon2idParams = { kdf: 'argon2id', memoryKiB: 64 * 1024, passes: 3, lanes: 1 };
/** OWASP's minimum for Argon2id: never encrypt with less. */
export const MIN_ARGON2ID: Argon2idParams = { kdf: 'argon2id', memoryKiB: 19 * 1024, passes: 2, lanes: 1 };

/** OWASP's recommendation for PBKDF2-HMAC-SHA-256 (2023), also the floor. */
export const DEFAULT_PBKDF2: Pbkdf2Params = { kdf: 'pbkdf2', iterations: 600_000 };
export const MIN_PBKDF2_ITERATIONS = 600_000;

/** Ceilings when reading a header: 1 GiB, 64 passes, 16 lanes, 10 million iterations. */
const MAX_ARGON2_MEMORY_KIB = 1024 * 1024;
const MAX_ARGON2_PASSES = 64;
const MAX_ARGON2_LANES = 16;
const MAX_PBKDF2_ITERATIONS = 10_000_000;

/** Whether parameters read from a header are within what Spårbar will compute (false: a damaged header). */
export function kdfParamsReadable(params: KdfParams): boolean {
  if (params.kdf === 'pbkdf2') return params.iterations >= 1 && params.iterations <= MAX_PBKDF2_ITERATIONS;
  return (
    params.lanes >= 1 &&
    params.lanes <= MAX_ARGON2_LANES &&
    params.passes >= 1 &&
    params.passes <= MAX_ARGON2_PASSES &&
    params.memoryKiB >= 8 * params.lanes &&
    params.memoryKiB <= MAX_ARGON2_MEMORY_KIB
  );
}

/** Whether parameters are strong enough to encrypt with (at least OWASP's minimum) and readable back. */
export function kdfParamsStrongEnough(params: KdfParams): boolean {
  if (!kdfParamsReadable(params)) return false;
  if (params.kdf === 'pbkdf2') return params.iterations >= MIN_PBKDF2_ITERATIONS;
  return params.memoryKiB >= MIN_ARGON2ID.memoryKiB && params.passes >= MIN_ARGON2ID.passes;
}
