import { describe, expect, it } from 'vitest';
import {
  decryptContainer,
  DEFAULT_ARGON2ID,
  DEFAULT_CHUNK_SIZE,
  DEFAULT_PBKDF2,
  encryptContainer,
  isEncryptedContainer,
  MIN_ARGON2ID,
  readHeader,
  type DecryptResult,
} from '../../../../shared/formats/crypto';
import { cheapKdfDeps, nodeCryptoDeps } from '../../../support/cryptoDeps';
import { seededRandom } from '../../../support/random';

function payload(length: number, seed = length): Uint8Array {
  const random = seededRandom(seed);
  return Uint8Array.from({ length }, () => random.int(0, 255));
}

function opened(result: DecryptResult): Uint8Array {
  if (!result.ok) throw new Error(`not opened: ${JSON.stringify(result.error)}`);
  return result.bytes;
}

const PASSPHRASE = 'fjällräven korsar ängen i gryningen';

describe('encryptContainer and decryptContainer', () => {
  const sizes = [
    { name: 'empty', length: 0, chunkSize: 16 },
    { name: 'one byte', length: 1, chunkSize: 16 },
    { name: 'exactly one chunk', length: 16, chunkSize: 16 },
    { name: 'one chunk and a byte', length: 17, chunkSize: 16 },
    { name: 'many chunks, the last one short', length: 16 * 37 + 5, chunkSize: 16 },
    { name: 'many chunks, exactly filled', length: 7 * 64, chunkSize: 64 },
    { name: 'chunks of one byte', length: 40, chunkSize: 1 },
  ];
  for (const { name, length, chunkSize } of sizes) {
    it(`round-trips ${name} (${length} bytes in chunks of ${chunkSize})`, async () => {
      const bytes = payload(length);
      const sealed = await encryptContainer(bytes, PASSPHRASE, cheapKdfDeps, { chunkSize });
      const chunks = Math.max(1, Math.ceil(length / chunkSize));
      const header = readHeader(sealed);
      if (!header.ok) throw new Error('header not read');
      expect(sealed.length).toBe(header.header.bytes.length + 32 + length + 16 * chunks);
      expect(opened(await decryptContainer(sealed, PASSPHRASE, cheapKdfDeps))).toEqual(bytes);
    });
  }

  it('round-trips more than one default chunk (1 MiB) with the default Argon2id parameters, stored in the header', async () => {
    const bytes = payload(DEFAULT_CHUNK_SIZE * 2 + 3, 7);
    const progress: number[] = [];
    const sealed = await encryptContainer(bytes, PASSPHRASE, nodeCryptoDeps, { onProgress: (done) => progress.push(done) });
    expect(progress).toEqual([DEFAULT_CHUNK_SIZE, DEFAULT_CHUNK_SIZE * 2, bytes.length]);
    const read = readHeader(sealed);
    if (!read.ok) throw new Error('header not read');
    expect(read.header.kdf).toEqual(DEFAULT_ARGON2ID);
    expect(read.header.chunkSize).toBe(DEFAULT_CHUNK_SIZE);
    expect(read.header.payloadLength).toBe(bytes.length);
    expect(read.header.salt.length).toBe(16);
    // Compared with Buffer.equals: a deep toEqual over 2 MiB takes seconds.
    expect(Buffer.from(opened(await decryptContainer(sealed, PASSPHRASE, nodeCryptoDeps))).equals(bytes)).toBe(true);
  });

  it('round-trips with PBKDF2-HMAC-SHA-256 at 600,000 iterations when asked', async () => {
    const bytes = payload(100);
    const sealed = await encryptContainer(bytes, PASSPHRASE, nodeCryptoDeps, { kdf: DEFAULT_PBKDF2, chunkSize: 32 });
    const read = readHeader(sealed);
    expect(read.ok && read.header.kdf).toEqual({ kdf: 'pbkdf2', iterations: 600_000 });
    expect(opened(await decryptContainer(sealed, PASSPHRASE, nodeCryptoDeps))).toEqual(bytes);
    expect(await decryptContainer(sealed, PASSPHRASE + '!', nodeCryptoDeps)).toEqual({ ok: false, error: { code: 'wrongPassphrase' } });
  });

  it('falls back to PBKDF2 when Argon2id cannot run, and such a file opens without Argon2id', async () => {
    const noArgon2 = { crypto: globalThis.crypto, argon2id: () => Promise.reject(new Error('WebAssembly.compile blocked by CSP')) };
    const bytes = payload(50);
    const sealed = await encryptContainer(bytes, PASSPHRASE, noArgon2);
    const read = readHeader(sealed);
    expect(read.ok && read.header.kdf).toEqual(DEFAULT_PBKDF2);
    expect(opened(await decryptContainer(sealed, PASSPHRASE, noArgon2))).toEqual(bytes);
  });

  it('says when an Argon2id file cannot be opened because Argon2id cannot run here', async () => {
    const sealed = await encryptContainer(payload(10), PASSPHRASE, cheapKdfDeps, { kdf: MIN_ARGON2ID });
    const noArgon2 = { crypto: globalThis.crypto, argon2id: () => Promise.reject(new Error('no WebAssembly')) };
    expect(await decryptContainer(sealed, PASSPHRASE, noArgon2)).toEqual({ ok: false, error: { code: 'kdfUnavailable' } });
  });

  it('derives from the passphrase in Unicode NFC, so a decomposed "å" opens a file sealed with a composed one', async () => {
    const bytes = payload(20);
    const sealed = await encryptContainer(bytes, 'Spårbar sommar', cheapKdfDeps, { chunkSize: 8 });
    expect(opened(await decryptContainer(sealed, 'Spa\u030arbar sommar', cheapKdfDeps))).toEqual(bytes);
  });

  it('writes a fresh salt and nonce prefix each time, and never the passphrase', async () => {
    const bytes = payload(64);
    const a = await encryptContainer(bytes, PASSPHRASE, cheapKdfDeps, { chunkSize: 16 });
    const b = await encryptContainer(bytes, PASSPHRASE, cheapKdfDeps, { chunkSize: 16 });
    const ha = readHeader(a);
    const hb = readHeader(b);
    if (!ha.ok || !hb.ok) throw new Error('header not read');
    expect(ha.header.salt).not.toEqual(hb.header.salt);
    expect(ha.header.noncePrefix).not.toEqual(hb.header.noncePrefix);
    expect(a.subarray(ha.header.bytes.length)).not.toEqual(b.subarray(hb.header.bytes.length));
    const text = Array.from(a, (c) => String.fromCharCode(c)).join('');
    expect(text).not.toContain('korsar');
  });

  it('refuses to encrypt with an empty passphrase or parameters below the minimum', async () => {
    await expect(encryptContainer(payload(1), '', cheapKdfDeps)).rejects.toThrow(RangeError);
    await expect(encryptContainer(payload(1), PASSPHRASE, cheapKdfDeps, { kdf: { kdf: 'pbkdf2', iterations: 100_000 } })).rejects.toThrow(RangeError);
    await expect(encryptContainer(payload(1), PASSPHRASE, cheapKdfDeps, { kdf: { kdf: 'argon2id', memoryKiB: 8192, passes: 2, lanes: 1 } })).rejects.toThrow(RangeError);
    await expect(encryptContainer(payload(1), PASSPHRASE, cheapKdfDeps, { chunkSize: 0 })).rejects.toThrow(RangeError);
  });
});

describe('isEncryptedContainer', () => {
  it('knows a container by its magic and a zip by its own', async () => {
    const sealed = await encryptContainer(payload(3), PASSPHRASE, cheapKdfDeps);
    expect(isEncryptedContainer(sealed)).toBe(true);
    expect(Array.from(sealed.subarray(0, 8), (c) => String.fromCharCode(c)).join('')).toBe('SPARBARE');
    expect(isEncryptedContainer(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0]))).toBe(false);
    expect(isEncryptedContainer(Uint8Array.from([0x53, 0x50, 0x41, 0x52]))).toBe(false);
    expect(isEncryptedContainer(new Uint8Array())).toBe(false);
  });
});
