import type { ContainerError } from './containerError';
import { KDF_ARGON2ID, KDF_PBKDF2_SHA256, kdfParamsReadable, type KdfParams } from './kdfParams';

/**
 * The header of an encrypted container, format version 1. Integers are big-endian.
 *
 *   offset  bytes  field
 *   0       8      magic, ASCII `SPARBARE`
 *   8       1      format version (1)
 *   9       1      key derivation: 1 = Argon2id v1.3, 2 = PBKDF2-HMAC-SHA-256
 *   10      4      Argon2id: memory in KiB  | PBKDF2: iterations
 *   14      4      Argon2id: passes         | PBKDF2: 0
 *   18      4      Argon2id: lanes          | PBKDF2: 0
 *   22      1      salt length S (16 to 64; Spårbar writes 16 random bytes)
 *   23      S      salt
 *   23+S    8      nonce prefix (random)
 *   31+S    4      chunk size: plaintext bytes per chunk (the last chunk may be shorter)
 *   35+S    8      payload length: plaintext bytes in all (below 2^53)
 *   43+S           end of the header (59 bytes with a 16-byte salt)
 *
 * The whole header is part of the associated data of the key check and of every chunk
 * (chunkCipher.ts), so a changed byte anywhere in it makes the key check fail.
 */
export const CONTAINER_MAGIC = new Uint8Array([0x53, 0x50, 0x41, 0x52, 0x42, 0x41, 0x52, 0x45]);
export const CONTAINER_VERSION = 1;
export const SALT_BYTES = 16;
export const NONCE_PREFIX_BYTES = 8;
export const DEFAULT_CHUNK_SIZE = 1024 * 1024;
/** The largest chunk Spårbar writes or reads (a bigger one in a header means a damaged header). */
export const MAX_CHUNK_SIZE = 64 * 1024 * 1024;
/** The chunk index is a 32-bit counter, and its top value is the key check's (chunkCipher.ts). */
export const MAX_CHUNKS = 0xffff_fffe;

const MIN_SALT_BYTES = 16;
const MAX_SALT_BYTES = 64;
const FIXED_BYTES = 43;

export interface ContainerHeader {
  readonly version: number;
  readonly kdf: KdfParams;
  readonly salt: Uint8Array;
  readonly noncePrefix: Uint8Array;
  readonly chunkSize: number;
  readonly payloadLength: number;
  /** The header exactly as stored: the associated data the key check and the chunks are bound to. */
  readonly bytes: Uint8Array<ArrayBuffer>;
}

/** How many chunks a payload takes: at least one, so an empty payload still has a final chunk. */
export function chunkCount(payloadLength: number, chunkSize: number): number {
  return Math.max(1, Math.ceil(payloadLength / chunkSize));
}

/** Writes the header of a container. */
export function writeHeader(fields: Omit<ContainerHeader, 'version' | 'bytes'>): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(FIXED_BYTES + fields.salt.length);
  const view = new DataView(bytes.buffer);
  bytes.set(CONTAINER_MAGIC, 0);
  view.setUint8(8, CONTAINER_VERSION);
  const { kdf } = fields;
  view.setUint8(9, kdf.kdf === 'argon2id' ? KDF_ARGON2ID : KDF_PBKDF2_SHA256);
  view.setUint32(10, kdf.kdf === 'argon2id' ? kdf.memoryKiB : kdf.iterations);
  view.setUint32(14, kdf.kdf === 'argon2id' ? kdf.passes : 0);
  view.setUint32(18, kdf.kdf === 'argon2id' ? kdf.lanes : 0);
  view.setUint8(22, fields.salt.length);
  bytes.set(fields.salt, 23);
  let at = 23 + fields.salt.length;
  bytes.set(fields.noncePrefix, at);
  at += NONCE_PREFIX_BYTES;
  view.setUint32(at, fields.chunkSize);
  view.setUint32(at + 4, Math.floor(fields.payloadLength / 2 ** 32));
  view.setUint32(at + 8, fields.payloadLength % 2 ** 32);
  return bytes;
}

export type ReadHeader = { readonly ok: true; readonly header: ContainerHeader } | { readonly ok: false; readonly error: ContainerError };

/** Whether bytes start with the container's magic. */
export function hasContainerMagic(bytes: Uint8Array): boolean {
  return bytes.length >= CONTAINER_MAGIC.length && CONTAINER_MAGIC.every((b, i) => bytes[i] === b);
}

/** Reads and checks the header at the start of `bytes` (the key check proves the rest). */
export function readHeader(bytes: Uint8Array): ReadHeader {
  if (!hasContainerMagic(bytes)) return { ok: false, error: { code: 'notContainer' } };
  if (bytes.length < 9) return { ok: false, error: { code: 'truncated' } };
  const version = bytes[8] ?? 0;
  if (version !== CONTAINER_VERSION) return { ok: false, error: { code: 'unsupportedVersion', version, supported: CONTAINER_VERSION } };
  if (bytes.length < 23) return { ok: false, error: { code: 'truncated' } };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const saltLength = view.getUint8(22);
  if (bytes.length < FIXED_BYTES + saltLength) return { ok: false, error: { code: 'truncated' } };
  const damaged: ReadHeader = { ok: false, error: { code: 'tampered', chunk: null, chunks: 0 } };
  const kdf = readKdf(view);
  if (!kdf || !kdfParamsReadable(kdf) || saltLength < MIN_SALT_BYTES || saltLength > MAX_SALT_BYTES) return damaged;
  const at = 23 + saltLength;
  const chunkSize = view.getUint32(at + NONCE_PREFIX_BYTES);
  const high = view.getUint32(at + NONCE_PREFIX_BYTES + 4);
  const payloadLength = high * 2 ** 32 + view.getUint32(at + NONCE_PREFIX_BYTES + 8);
  if (chunkSize < 1 || chunkSize > MAX_CHUNK_SIZE || high >= 2 ** 21 || chunkCount(payloadLength, chunkSize) > MAX_CHUNKS) return damaged;
  const header: ContainerHeader = {
    version,
    kdf,
    salt: bytes.slice(23, at),
    noncePrefix: bytes.slice(at, at + NONCE_PREFIX_BYTES),
    chunkSize,
    payloadLength,
    bytes: bytes.slice(0, FIXED_BYTES + saltLength),
  };
  return { ok: true, header };
}

function readKdf(view: DataView): KdfParams | null {
  const id = view.getUint8(9);
  const a = view.getUint32(10);
  const b = view.getUint32(14);
  const c = view.getUint32(18);
  if (id === KDF_ARGON2ID) return { kdf: 'argon2id', memoryKiB: a, passes: b, lanes: c };
  if (id === KDF_PBKDF2_SHA256 && b === 0 && c === 0) return { kdf: 'pbkdf2', iterations: a };
  return null;
}
