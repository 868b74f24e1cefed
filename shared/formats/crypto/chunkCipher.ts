import { aesGcmOpen, aesGcmSeal } from './aesGcm';
import type { CryptoKeyLike, WebCryptoLike } from './webCrypto';

/**
 * AES-256-GCM over one chunk, with what binds it to its place (format version 1):
 * - nonce (96 bits) = the header's 8-byte random nonce prefix ‖ the chunk index (32 bits, big-endian);
 *   the key check uses the index 0xFFFFFFFF, which no chunk has. The key is unique to the file (a fresh
 *   random salt each time), so no nonce repeats under a key;
 * - associated data = the header bytes ‖ the chunk index (32 bits) ‖ 1 if it is the final chunk, else 0.
 * A chunk moved, dropped, duplicated or cut, a flipped bit, or a final chunk presented as a middle one
 * (or the reverse) fails authentication. Each sealed chunk is its ciphertext followed by a 16-byte tag.
 */
export const TAG_BYTES = 16;
export const KEY_CHECK_INDEX = 0xffff_ffff;
/** The fixed block the key check encrypts: 16 zero bytes. */
const KEY_CHECK_PLAINTEXT = new Uint8Array(16);
export const KEY_CHECK_BYTES = KEY_CHECK_PLAINTEXT.length + TAG_BYTES;

function nonce(noncePrefix: Uint8Array, index: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(12);
  bytes.set(noncePrefix, 0);
  new DataView(bytes.buffer).setUint32(8, index);
  return bytes;
}

/** The associated data of a chunk (or, with KEY_CHECK_INDEX and final false, of the key check). */
export function chunkAad(header: Uint8Array, index: number, final: boolean): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(header.length + 5);
  bytes.set(header, 0);
  const view = new DataView(bytes.buffer);
  view.setUint32(header.length, index);
  view.setUint8(header.length + 4, final ? 1 : 0);
  return bytes;
}

export interface ChunkPlace {
  readonly header: Uint8Array;
  readonly noncePrefix: Uint8Array;
  readonly index: number;
  readonly final: boolean;
}

/** Encrypts one chunk at its place: ciphertext ‖ tag. */
export function sealChunk(crypto: WebCryptoLike, key: CryptoKeyLike, place: ChunkPlace, plain: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  return aesGcmSeal(crypto, key, nonce(place.noncePrefix, place.index), chunkAad(place.header, place.index, place.final), plain);
}

/** Decrypts one chunk at its place, or null when it does not authenticate there. */
export function openChunk(crypto: WebCryptoLike, key: CryptoKeyLike, place: ChunkPlace, sealed: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer> | null> {
  return aesGcmOpen(crypto, key, nonce(place.noncePrefix, place.index), chunkAad(place.header, place.index, place.final), sealed);
}

function keyCheckPlace(header: Uint8Array, noncePrefix: Uint8Array): ChunkPlace {
  return { header, noncePrefix, index: KEY_CHECK_INDEX, final: false };
}

/** The key check record: the fixed block sealed with the header as associated data. */
export function sealKeyCheck(crypto: WebCryptoLike, key: CryptoKeyLike, header: Uint8Array, noncePrefix: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  return sealChunk(crypto, key, keyCheckPlace(header, noncePrefix), new Uint8Array(KEY_CHECK_PLAINTEXT));
}

/** Whether the key check opens under this key: false means a wrong passphrase (or a damaged header). */
export async function keyCheckOpens(crypto: WebCryptoLike, key: CryptoKeyLike, header: Uint8Array, noncePrefix: Uint8Array, record: Uint8Array<ArrayBuffer>): Promise<boolean> {
  const plain = await openChunk(crypto, key, keyCheckPlace(header, noncePrefix), record);
  return plain !== null && plain.length === KEY_CHECK_PLAINTEXT.length && plain.every((b) => b === 0);
}
