import { sealChunk, sealKeyCheck, KEY_CHECK_BYTES, TAG_BYTES } from './chunkCipher';
import { chunkCount, DEFAULT_CHUNK_SIZE, MAX_CHUNK_SIZE, MAX_CHUNKS, NONCE_PREFIX_BYTES, SALT_BYTES, writeHeader } from './containerHeader';
import { deriveContainerKey } from './deriveKey';
import { DEFAULT_ARGON2ID, DEFAULT_PBKDF2, kdfParamsStrongEnough, type KdfParams } from './kdfParams';
import { ownBuffer } from './ownBuffer';
import type { ContainerDeps, CryptoKeyLike } from './webCrypto';

export interface EncryptOptions {
  /** The key derivation and its parameters; by default Argon2id (DEFAULT_ARGON2ID), else PBKDF2. */
  readonly kdf?: KdfParams;
  /** Plaintext bytes per chunk (default 1 MiB); tests use a few bytes to get many chunks. */
  readonly chunkSize?: number;
  /** Called after each chunk with the plaintext bytes done and in all. */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * Encrypts bytes into a container (layout in containerHeader.ts and chunkCipher.ts): header, key check
 * record, then the payload in chunks of AES-256-GCM. The key comes from the passphrase through Argon2id
 * (or PBKDF2-HMAC-SHA-256 with 600,000 iterations where Argon2id cannot run, unless `options.kdf` names
 * one); the passphrase is not stored. Throws a RangeError for an empty passphrase or for options below
 * the floors of kdfParams.ts, and rejects when an explicitly chosen key derivation cannot run.
 */
export async function encryptContainer(bytes: Uint8Array, passphrase: string, deps: ContainerDeps, options: EncryptOptions = {}): Promise<Uint8Array<ArrayBuffer>> {
  if (passphrase.length === 0) throw new RangeError('an encrypted container needs a passphrase');
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  if (!Number.isInteger(chunkSize) || chunkSize < 1 || chunkSize > MAX_CHUNK_SIZE) throw new RangeError(`chunk size ${chunkSize} is out of range`);
  if (options.kdf && !kdfParamsStrongEnough(options.kdf)) throw new RangeError('key derivation parameters below the minimum');
  const payloadLength = bytes.length;
  const chunks = chunkCount(payloadLength, chunkSize);
  if (chunks > MAX_CHUNKS) throw new RangeError('payload too large for this chunk size');

  const salt = deps.crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const noncePrefix = deps.crypto.getRandomValues(new Uint8Array(NONCE_PREFIX_BYTES));
  const { kdf, key } = await deriveWithFallback(passphrase, salt, deps, options.kdf);
  const header = writeHeader({ kdf, salt, noncePrefix, chunkSize, payloadLength });

  const plain = ownBuffer(bytes);
  const body = header.length + KEY_CHECK_BYTES;
  const out = new Uint8Array(body + payloadLength + chunks * TAG_BYTES);
  out.set(header, 0);
  out.set(await sealKeyCheck(deps.crypto, key, header, noncePrefix), header.length);
  for (let index = 0; index < chunks; index++) {
    const start = index * chunkSize;
    const end = Math.min(start + chunkSize, payloadLength);
    const place = { header, noncePrefix, index, final: index === chunks - 1 };
    out.set(await sealChunk(deps.crypto, key, place, plain.subarray(start, end)), body + start + index * TAG_BYTES);
    options.onProgress?.(end, payloadLength);
  }
  return out;
}

async function deriveWithFallback(passphrase: string, salt: Uint8Array, deps: ContainerDeps, chosen: KdfParams | undefined): Promise<{ kdf: KdfParams; key: CryptoKeyLike }> {
  if (chosen) return { kdf: chosen, key: await deriveContainerKey(passphrase, chosen, salt, deps) };
  try {
    return { kdf: DEFAULT_ARGON2ID, key: await deriveContainerKey(passphrase, DEFAULT_ARGON2ID, salt, deps) };
  } catch {
    // Argon2id cannot run here (its WebAssembly did not compile or had no memory): PBKDF2 in Web Crypto.
    return { kdf: DEFAULT_PBKDF2, key: await deriveContainerKey(passphrase, DEFAULT_PBKDF2, salt, deps) };
  }
}
