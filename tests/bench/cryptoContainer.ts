// The encrypted container (shared/formats/crypto) in Node: `npm run bench -- --only crypto` prints the
// times of encrypting and decrypting 50 MB in 1 MiB chunks against Web Crypto's AES-256-GCM of the same
// bytes in one call, and the key derivations (Argon2id at the default parameters, PBKDF2 at 600,000).
import { decryptContainer, DEFAULT_ARGON2ID, DEFAULT_PBKDF2, encryptContainer } from '../../shared/formats/crypto';
import { hashWasmArgon2id } from '../../shared/formats/crypto/argon2id';
import { deriveContainerKey } from '../../shared/formats/crypto/deriveKey';
import type { ContainerDeps } from '../../shared/formats/crypto/webCrypto';

const RUNS = 5;
const SIZE = 50 * 1000 * 1000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round((sorted[Math.floor(sorted.length / 2)] as number) * 10) / 10;
}

export async function benchCryptoContainer(now: () => number = () => performance.now()) {
  const crypto = globalThis.crypto;
  const payload = new Uint8Array(SIZE);
  for (let i = 0; i < SIZE; i += 65536) crypto.getRandomValues(payload.subarray(i, Math.min(i + 65536, SIZE)));
  let kdfMs = 0;
  const deps: ContainerDeps = {
    crypto,
    argon2id: async (input) => {
      const start = now();
      try {
        return await hashWasmArgon2id(input);
      } finally {
        kdfMs += now() - start;
      }
    },
  };
  const passphrase = 'fjällräven korsar ängen i gryningen';
  const key = await crypto.subtle.importKey('raw', crypto.getRandomValues(new Uint8Array(32)), { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const rows = { bareEncrypt: [] as number[], bareDecrypt: [] as number[], encrypt: [] as number[], decrypt: [] as number[], kdf: [] as number[], pbkdf2: [] as number[] };
  for (let run = 0; run < RUNS; run++) {
    let start = now();
    const bare = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, payload);
    rows.bareEncrypt.push(now() - start);
    start = now();
    await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, bare);
    rows.bareDecrypt.push(now() - start);

    kdfMs = 0;
    start = now();
    const sealed = await encryptContainer(payload, passphrase, deps);
    rows.encrypt.push(now() - start - kdfMs);
    rows.kdf.push(kdfMs);
    kdfMs = 0;
    start = now();
    const opened = await decryptContainer(sealed, passphrase, deps);
    rows.decrypt.push(now() - start - kdfMs);
    if (!opened.ok || opened.bytes.length !== SIZE) throw new Error('the container did not round-trip');

    start = now();
    await deriveContainerKey(passphrase, DEFAULT_PBKDF2, crypto.getRandomValues(new Uint8Array(16)), deps);
    rows.pbkdf2.push(now() - start);
  }
  const ratio = (a: number[], b: number[]) => Math.round((median(a) / median(b)) * 100) / 100;
  return {
    label: `encrypted container, ${SIZE / 1e6} MB in 1 MiB chunks, against one AES-256-GCM call of the same bytes (Node, Web Crypto)`,
    runs: RUNS,
    encryptMs: median(rows.encrypt),
    bareEncryptMs: median(rows.bareEncrypt),
    encryptRatio: ratio(rows.encrypt, rows.bareEncrypt),
    decryptMs: median(rows.decrypt),
    bareDecryptMs: median(rows.bareDecrypt),
    decryptRatio: ratio(rows.decrypt, rows.bareDecrypt),
    note: 'container times leave out the key derivation, timed on its own below',
    argon2idMs: median(rows.kdf),
    argon2idParams: DEFAULT_ARGON2ID,
    pbkdf2Ms: median(rows.pbkdf2),
    pbkdf2Params: DEFAULT_PBKDF2,
  };
}
