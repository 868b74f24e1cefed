import type { CryptoKeyLike, WebCryptoLike } from './webCrypto';

/** AES-GCM through Web Crypto: the three calls the container makes, and nothing of its own. */

/** Imports raw key bytes (32 for AES-256) as a non-extractable key for encrypting and decrypting. */
export function importAesGcmKey(crypto: WebCryptoLike, raw: Uint8Array<ArrayBuffer>): Promise<CryptoKeyLike> {
  return crypto.subtle.importKey('raw', raw, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
}

/** Encrypts with a 96-bit nonce and associated data: ciphertext ‖ 128-bit tag. */
export async function aesGcmSeal(crypto: WebCryptoLike, key: CryptoKeyLike, iv: Uint8Array<ArrayBuffer>, aad: Uint8Array<ArrayBuffer>, plain: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad, tagLength: 128 }, key, plain));
}

/** Decrypts ciphertext ‖ tag, or null when it does not authenticate under this key, nonce and data. */
export async function aesGcmOpen(crypto: WebCryptoLike, key: CryptoKeyLike, iv: Uint8Array<ArrayBuffer>, aad: Uint8Array<ArrayBuffer>, sealed: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer> | null> {
  try {
    return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: aad, tagLength: 128 }, key, sealed));
  } catch {
    return null;
  }
}
