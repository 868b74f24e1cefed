import type { WebCryptoLike } from './webCrypto';

/** PBKDF2-HMAC-SHA-256 (RFC 8018) through Web Crypto: `length` bytes from a password and a salt. */
export async function pbkdf2Sha256(crypto: WebCryptoLike, password: Uint8Array<ArrayBuffer>, salt: Uint8Array<ArrayBuffer>, iterations: number, length: number): Promise<Uint8Array<ArrayBuffer>> {
  const base = await crypto.subtle.importKey('raw', password, { name: 'PBKDF2' }, false, ['deriveBits']);
  return new Uint8Array(await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, base, length * 8));
}
