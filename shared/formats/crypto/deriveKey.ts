import { encodeUtf8 } from '../encoding/utf8Encode';
import { importAesGcmKey } from './aesGcm';
import { hashWasmArgon2id } from './argon2id';
import type { KdfParams } from './kdfParams';
import { pbkdf2Sha256 } from './pbkdf2';
import type { ContainerDeps, CryptoKeyLike } from './webCrypto';

/** AES-256: 32 key bytes. */
const KEY_BYTES = 32;

/** The passphrase as bytes: NFC first, so the same words typed on another system give the same key. */
export function passphraseBytes(passphrase: string): Uint8Array<ArrayBuffer> {
  const encoded = encodeUtf8(passphrase.normalize('NFC'));
  const bytes = new Uint8Array(encoded);
  encoded.fill(0);
  return bytes;
}

/**
 * Derives the container's AES-256-GCM key from a passphrase, imported into Web Crypto as
 * non-extractable. Rejects when the key derivation cannot run (Argon2id's WebAssembly blocked).
 *
 * Key material is zeroed where JS can reach it: the passphrase's UTF-8 bytes and the raw derived key
 * are filled with zeros once imported. JS cannot wipe the passphrase string itself (strings are
 * immutable and the engine may keep copies), hash-wasm's WebAssembly memory, or Web Crypto's internal
 * copies; the CryptoKey is dropped when the caller returns, for the garbage collector.
 */
export async function deriveContainerKey(passphrase: string, kdf: KdfParams, salt: Uint8Array, deps: ContainerDeps): Promise<CryptoKeyLike> {
  const password = passphraseBytes(passphrase);
  let raw: Uint8Array | null = null;
  try {
    if (kdf.kdf === 'argon2id') {
      const argon2id = deps.argon2id ?? hashWasmArgon2id;
      raw = await argon2id({ password, salt, memoryKiB: kdf.memoryKiB, passes: kdf.passes, lanes: kdf.lanes, length: KEY_BYTES });
    } else {
      raw = await pbkdf2Sha256(deps.crypto, password, new Uint8Array(salt), kdf.iterations, KEY_BYTES);
    }
    if (raw.length !== KEY_BYTES) throw new Error(`key derivation gave ${raw.length} bytes, not ${KEY_BYTES}`);
    const keyData = new Uint8Array(raw);
    try {
      return await importAesGcmKey(deps.crypto, keyData);
    } finally {
      keyData.fill(0);
    }
  } finally {
    password.fill(0);
    raw?.fill(0);
  }
}
