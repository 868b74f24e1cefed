import { beforeAll, describe, expect, it } from 'vitest';
import { decryptContainer, encryptContainer, readHeader, type ContainerError, type ContainerHeader } from '../../../../shared/formats/crypto';
import { sealChunk, sealKeyCheck } from '../../../../shared/formats/crypto/chunkCipher';
import { writeHeader } from '../../../../shared/formats/crypto/containerHeader';
import { deriveContainerKey } from '../../../../shared/formats/crypto/deriveKey';
import { cheapKdfDeps } from '../../../support/cryptoDeps';

// A container of 87 bytes in chunks of 16: five full chunks of 32 sealed bytes and a final one of 23.
const PASSPHRASE = 'sju sjösjuka sjömän på ett sjunkande skepp';
const CHUNK = 16;
const LENGTH = CHUNK * 5 + 7;
const CHUNKS = 6;
let plain: Uint8Array;
let sealed: Uint8Array;
let header: ContainerHeader;
let body: number;

const chunkStart = (i: number) => body + i * (CHUNK + 16);
const chunkEnd = (i: number) => Math.min(chunkStart(i) + CHUNK + 16, sealed.length);

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

async function refusal(bytes: Uint8Array, passphrase = PASSPHRASE): Promise<ContainerError> {
  const result = await decryptContainer(bytes, passphrase, cheapKdfDeps);
  if (result.ok) throw new Error('an altered container was opened');
  expect(result).not.toHaveProperty('bytes');
  return result.error;
}

function flipped(at: number, bit = 0): Uint8Array {
  const copy = sealed.slice();
  copy[at]! ^= 1 << bit;
  return copy;
}

beforeAll(async () => {
  plain = Uint8Array.from({ length: LENGTH }, (_, i) => (i * 7 + 3) & 0xff);
  sealed = await encryptContainer(plain, PASSPHRASE, cheapKdfDeps, { chunkSize: CHUNK });
  const read = readHeader(sealed);
  if (!read.ok) throw new Error('header not read');
  header = read.header;
  body = header.bytes.length + 32;
  expect(chunkEnd(CHUNKS - 1)).toBe(sealed.length);
  const result = await decryptContainer(sealed, PASSPHRASE, cheapKdfDeps);
  expect(result.ok && Array.from(result.bytes)).toEqual(Array.from(plain));
});

describe('decryptContainer refuses', () => {
  it('a wrong or empty passphrase, as a wrong passphrase', async () => {
    expect(await refusal(sealed, 'sju sjösjuka sjömän på ett sjunkande skep')).toEqual({ code: 'wrongPassphrase' });
    expect(await refusal(sealed, '')).toEqual({ code: 'wrongPassphrase' });
  });

  it('bytes that are not a container', async () => {
    expect(await refusal(Uint8Array.from([0x50, 0x4b, 3, 4, 20, 0, 0, 0, 8, 0]))).toEqual({ code: 'notContainer' });
    expect(await refusal(new Uint8Array())).toEqual({ code: 'notContainer' });
  });

  it('a container of a newer format version, naming both versions', async () => {
    const newer = sealed.slice();
    newer[8] = 2;
    expect(await refusal(newer)).toEqual({ code: 'unsupportedVersion', version: 2, supported: 1 });
  });

  it('a changed salt, nonce prefix, length or key derivation parameter as a wrong passphrase (or a damaged header)', async () => {
    const saltAt = 23;
    const nonceAt = 23 + header.salt.length;
    // memory (64 MiB → 64.25 MiB), passes (3 → 2), lanes (1 → 3), salt, nonce prefix, payload length
    const changes = [[12, 0], [17, 0], [21, 1], [saltAt, 0], [saltAt + 15, 7], [nonceAt, 0], [nonceAt + 7, 3], [header.bytes.length - 1, 0]] as const;
    for (const [at, bit] of changes) {
      expect(await refusal(flipped(at, bit)), `header byte ${at}`).toEqual({ code: 'wrongPassphrase' });
    }
  });

  it('a header with impossible fields as tampered, without running the key derivation', async () => {
    const noKdf = { crypto: globalThis.crypto, argon2id: () => Promise.reject(new Error('must not run')) };
    const huge = sealed.slice();
    huge[10] = 0xff; // Argon2id memory above 4 TiB
    const unknownKdf = sealed.slice();
    unknownKdf[9] = 9;
    const noChunkSize = sealed.slice();
    noChunkSize.fill(0, 31 + header.salt.length, 35 + header.salt.length);
    for (const bytes of [huge, unknownKdf, noChunkSize]) {
      const result = await decryptContainer(bytes, PASSPHRASE, noKdf);
      expect(result).toEqual({ ok: false, error: { code: 'tampered', chunk: null, chunks: 0 } });
    }
  });

  it('a flipped bit anywhere in the file: in the header or key check as above, in a chunk as that chunk', async () => {
    for (let at = 9; at < sealed.length; at++) {
      const error = await refusal(flipped(at, at % 8));
      if (at < body) expect(['wrongPassphrase', 'tampered', 'truncated'], `byte ${at}`).toContain(error.code);
      else expect(error, `byte ${at}`).toEqual({ code: 'tampered', chunk: Math.floor((at - body) / (CHUNK + 16)), chunks: CHUNKS });
    }
  });

  it('a file cut short at any length, as truncated', async () => {
    for (let length = 8; length < sealed.length; length++) {
      expect(await refusal(sealed.subarray(0, length)), `cut at ${length}`).toEqual({ code: 'truncated' });
    }
  });

  it('two chunks swapped, as tampered at the first', async () => {
    const swapped = concat(sealed.subarray(0, chunkStart(1)), sealed.subarray(chunkStart(2), chunkEnd(2)), sealed.subarray(chunkStart(1), chunkEnd(1)), sealed.subarray(chunkStart(3)));
    expect(swapped.length).toBe(sealed.length);
    expect(await refusal(swapped)).toEqual({ code: 'tampered', chunk: 1, chunks: CHUNKS });
  });

  it('a chunk dropped from the middle, as tampered where it was; the final chunk dropped, as truncated', async () => {
    const dropped = concat(sealed.subarray(0, chunkStart(2)), sealed.subarray(chunkStart(3)));
    expect(await refusal(dropped)).toEqual({ code: 'tampered', chunk: 2, chunks: CHUNKS });
    expect(await refusal(sealed.subarray(0, chunkStart(CHUNKS - 1)))).toEqual({ code: 'truncated' });
  });

  it('a chunk duplicated, as tampered at the copy; bytes or a chunk after the final chunk, as tampered', async () => {
    const duplicated = concat(sealed.subarray(0, chunkEnd(2)), sealed.subarray(chunkStart(2), chunkEnd(2)), sealed.subarray(chunkStart(3)));
    expect(await refusal(duplicated)).toEqual({ code: 'tampered', chunk: 3, chunks: CHUNKS });
    expect(await refusal(concat(sealed, Uint8Array.of(0)))).toEqual({ code: 'tampered', chunk: null, chunks: CHUNKS });
    expect(await refusal(concat(sealed, sealed.subarray(chunkStart(CHUNKS - 1))))).toEqual({ code: 'tampered', chunk: null, chunks: CHUNKS });
  });

  it('a chunk from another file sealed with the same passphrase, as tampered', async () => {
    const other = await encryptContainer(plain, PASSPHRASE, cheapKdfDeps, { chunkSize: CHUNK });
    const mixed = concat(sealed.subarray(0, chunkStart(4)), other.subarray(chunkStart(4), chunkEnd(4)), sealed.subarray(chunkEnd(4)));
    expect(await refusal(mixed)).toEqual({ code: 'tampered', chunk: 4, chunks: CHUNKS });
  });

  it('a chunk sealed with the right key and index but the wrong final flag, as tampered', async () => {
    const key = await deriveContainerKey(PASSPHRASE, header.kdf, header.salt, cheapKdfDeps);
    const place = (index: number, final: boolean) => ({ header: header.bytes, noncePrefix: header.noncePrefix, index, final });
    const lastPlain = new Uint8Array(plain.subarray(CHUNK * (CHUNKS - 1)));
    const notFinal = await sealChunk(cheapKdfDeps.crypto, key, place(CHUNKS - 1, false), lastPlain);
    expect(await refusal(concat(sealed.subarray(0, chunkStart(CHUNKS - 1)), notFinal))).toEqual({ code: 'tampered', chunk: CHUNKS - 1, chunks: CHUNKS });
    const middlePlain = new Uint8Array(plain.subarray(CHUNK, CHUNK * 2));
    const finalInMiddle = await sealChunk(cheapKdfDeps.crypto, key, place(1, true), middlePlain);
    expect(await refusal(concat(sealed.subarray(0, chunkStart(1)), finalInMiddle, sealed.subarray(chunkEnd(1))))).toEqual({ code: 'tampered', chunk: 1, chunks: CHUNKS });
    // The same chunk sealed at its place with the right flag opens: the flag alone made the difference.
    const right = await sealChunk(cheapKdfDeps.crypto, key, place(1, false), middlePlain);
    const result = await decryptContainer(concat(sealed.subarray(0, chunkStart(1)), right, sealed.subarray(chunkEnd(1))), PASSPHRASE, cheapKdfDeps);
    expect(result.ok).toBe(true);
  });

  it('a file whose authentic header claims a terabyte but holds one chunk, as truncated (nothing of that size is allocated)', async () => {
    const key = await deriveContainerKey(PASSPHRASE, header.kdf, header.salt, cheapKdfDeps);
    const chunkSize = 1024 * 1024;
    const big = writeHeader({ kdf: header.kdf, salt: header.salt, noncePrefix: header.noncePrefix, chunkSize, payloadLength: 2 ** 40 });
    const check = await sealKeyCheck(cheapKdfDeps.crypto, key, big, header.noncePrefix);
    const first = await sealChunk(cheapKdfDeps.crypto, key, { header: big, noncePrefix: header.noncePrefix, index: 0, final: false }, new Uint8Array(chunkSize));
    expect(await refusal(concat(big, check, first))).toEqual({ code: 'truncated' });
  });
});
