import { hashWasmArgon2id } from '../../shared/formats/crypto/argon2id';
import type { ContainerDeps } from '../../shared/formats/crypto/webCrypto';

/** Node 20's Web Crypto, as the app passes the browser's. */
export const nodeCryptoDeps: ContainerDeps = { crypto: globalThis.crypto };

/**
 * Real Argon2id (hash-wasm) at 64 KiB and one pass whatever the header says, for tests of the container's
 * structure that decrypt dozens of altered files: the key still comes from the passphrase and the salt.
 */
export const cheapKdfDeps: ContainerDeps = {
  crypto: globalThis.crypto,
  argon2id: (input) => hashWasmArgon2id({ ...input, memoryKiB: 64, passes: 1 }),
};

export function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function fromHex(text: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(text.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(text.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

export function ascii(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}
