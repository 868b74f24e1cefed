import { keyCheckOpens, KEY_CHECK_BYTES, openChunk, TAG_BYTES } from './chunkCipher';
import type { ContainerError, DecryptResult } from './containerError';
import { chunkCount, readHeader } from './containerHeader';
import { deriveContainerKey } from './deriveKey';
import { ownBuffer } from './ownBuffer';
import type { ContainerDeps, CryptoKeyLike } from './webCrypto';

export interface DecryptOptions {
  /** Called after each chunk with the plaintext bytes done and in all. */
  readonly onProgress?: (done: number, total: number) => void;
}

function failed(error: ContainerError): DecryptResult {
  return { ok: false, error };
}

/**
 * Opens a container written by encryptContainer: checks the header, derives the key with the header's
 * key derivation, opens the key check record (failing: wrong passphrase, or a damaged header), then
 * every chunk at its place. Returns the payload only when every byte of the file authenticated;
 * otherwise a typed error (containerError.ts) and no bytes.
 */
export async function decryptContainer(bytes: Uint8Array, passphrase: string, deps: ContainerDeps, options: DecryptOptions = {}): Promise<DecryptResult> {
  const read = readHeader(bytes);
  if (!read.ok) return read;
  const { header } = read;
  const chunks = chunkCount(header.payloadLength, header.chunkSize);
  const body = header.bytes.length + KEY_CHECK_BYTES;
  if (bytes.length < body) return failed({ code: 'truncated' });
  if (passphrase.length === 0) return failed({ code: 'wrongPassphrase' });

  let key: CryptoKeyLike;
  try {
    key = await deriveContainerKey(passphrase, header.kdf, header.salt, deps);
  } catch {
    return failed({ code: 'kdfUnavailable' });
  }
  const sealed = ownBuffer(bytes);
  const record = sealed.subarray(header.bytes.length, body);
  if (!(await keyCheckOpens(deps.crypto, key, header.bytes, header.noncePrefix, record))) return failed({ code: 'wrongPassphrase' });

  // A file shorter or longer than its header says cannot open, but its chunks are still checked, to tell
  // a tampered chunk from a cut: the plaintext is kept only when the length is right.
  const expected = body + header.payloadLength + chunks * TAG_BYTES;
  const out = sealed.length === expected ? new Uint8Array(header.payloadLength) : null;
  for (let index = 0; index < chunks; index++) {
    const plainStart = index * header.chunkSize;
    const plainLength = Math.min(header.chunkSize, header.payloadLength - plainStart);
    const start = body + plainStart + index * TAG_BYTES;
    const end = start + plainLength + TAG_BYTES;
    if (end > sealed.length) return failed({ code: 'truncated' });
    const place = { header: header.bytes, noncePrefix: header.noncePrefix, index, final: index === chunks - 1 };
    const plain = await openChunk(deps.crypto, key, place, sealed.subarray(start, end));
    if (plain === null || plain.length !== plainLength) return failed({ code: 'tampered', chunk: index, chunks });
    out?.set(plain, plainStart);
    options.onProgress?.(plainStart + plainLength, header.payloadLength);
  }
  if (out === null) return failed({ code: 'tampered', chunk: null, chunks });
  return { ok: true, bytes: out };
}
