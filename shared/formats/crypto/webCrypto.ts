/**
 * The part of Web Crypto the encrypted container uses, as a structural type: shared/ has no DOM or Node
 * types, and the caller passes its own (`globalThis.crypto` in Node 20, in browsers and in Electron).
 * Only AES-256-GCM, PBKDF2-HMAC-SHA-256 and random bytes are used; no cryptography is written here.
 */

/** A key held by Web Crypto; opaque here (imported as non-extractable, so its bytes stay inside). */
export type CryptoKeyLike = object;

export interface AesGcmParamsLike {
  readonly name: 'AES-GCM';
  readonly iv: Uint8Array<ArrayBuffer>;
  readonly additionalData: Uint8Array<ArrayBuffer>;
  readonly tagLength: 128;
}

export interface Pbkdf2ParamsLike {
  readonly name: 'PBKDF2';
  readonly hash: 'SHA-256';
  readonly salt: Uint8Array<ArrayBuffer>;
  readonly iterations: number;
}

export interface SubtleCryptoLike {
  importKey(
    format: 'raw',
    keyData: Uint8Array<ArrayBuffer>,
    algorithm: { readonly name: 'AES-GCM' } | { readonly name: 'PBKDF2' },
    extractable: false,
    keyUsages: ('encrypt' | 'decrypt' | 'deriveBits')[],
  ): Promise<CryptoKeyLike>;
  encrypt(algorithm: AesGcmParamsLike, key: CryptoKeyLike, data: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer>;
  decrypt(algorithm: AesGcmParamsLike, key: CryptoKeyLike, data: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer>;
  deriveBits(algorithm: Pbkdf2ParamsLike, baseKey: CryptoKeyLike, length: number): Promise<ArrayBuffer>;
}

/** `globalThis.crypto` as far as it is used here; called as methods, so `this` stays the crypto object. */
export interface WebCryptoLike {
  readonly subtle: SubtleCryptoLike;
  getRandomValues<T extends Uint8Array<ArrayBuffer>>(array: T): T;
}

/** Argon2id (version 0x13) over raw bytes, returning `length` bytes: hash-wasm's by default (argon2id.ts). */
export type Argon2idFunction = (input: {
  password: Uint8Array;
  salt: Uint8Array;
  memoryKiB: number;
  passes: number;
  lanes: number;
  length: number;
}) => Promise<Uint8Array>;

/** What encrypting and decrypting need from outside: Web Crypto, and optionally another Argon2id. */
export interface ContainerDeps {
  readonly crypto: WebCryptoLike;
  /** Replaces hash-wasm's Argon2id (tests use it to show the PBKDF2 fallback when Argon2 cannot run). */
  readonly argon2id?: Argon2idFunction;
}
