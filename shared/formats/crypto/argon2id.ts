import type { Argon2idFunction } from './webCrypto';

/**
 * Argon2id (RFC 9106, version 0x13) from hash-wasm, a kept WebAssembly build of the reference algorithm,
 * loaded on first use. Compiling its WebAssembly needs `'wasm-unsafe-eval'` in the app's CSP
 * (shared/ports/csp.ts); where it cannot compile, this rejects and the caller falls back to PBKDF2.
 * hash-wasm computes on the calling thread (about a second at the default parameters): call it from a
 * worker in the UI. It does not wipe its WebAssembly memory afterwards, which JS cannot reach to wipe.
 */
export const hashWasmArgon2id: Argon2idFunction = async ({ password, salt, memoryKiB, passes, lanes, length }) => {
  const { argon2id } = await import('hash-wasm');
  return argon2id({
    password,
    salt,
    memorySize: memoryKiB,
    iterations: passes,
    parallelism: lanes,
    hashLength: length,
    outputType: 'binary',
  });
};
