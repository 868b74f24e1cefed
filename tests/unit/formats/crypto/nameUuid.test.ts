import { describe, expect, it } from 'vitest';
import { nameUuid } from '../../../../shared/formats/crypto/nameUuid';
import { sha1 } from '../../../../shared/formats/crypto/sha1';
import { encodeUtf8 } from '../../../../shared/formats/encoding/utf8Encode';

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

describe('sha1', () => {
  it('gives the FIPS 180 test vectors, and agrees with Node on lengths around the block boundary', async () => {
    expect(hex(sha1(encodeUtf8('')))).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
    expect(hex(sha1(encodeUtf8('abc')))).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(hex(sha1(encodeUtf8('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))).toBe('84983e441c3bd26ebaae4aa1f95129e5e54670f1');
    const { createHash } = await import('node:crypto');
    for (const length of [54, 55, 56, 57, 63, 64, 65, 119, 120, 1000]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 31 + 7) & 0xff);
      expect(hex(sha1(bytes)), `${length} bytes`).toBe(createHash('sha1').update(bytes).digest('hex'));
    }
  });
});

describe('nameUuid', () => {
  it('gives the UUID version 5 of Python and RFC 9562 (DNS namespace, www.example.com)', () => {
    expect(nameUuid('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('is the same for the same name, differs for another, and refuses a namespace that is no UUID', () => {
    const ns = 'c48aec33-46a6-491e-acf0-61147367db15';
    expect(nameUuid(ns, 'Anna Åberg 😀')).toBe(nameUuid(ns, 'Anna Åberg 😀'));
    expect(nameUuid(ns, 'Anna Åberg')).not.toBe(nameUuid(ns, 'Anna Aberg'));
    expect(nameUuid(ns, 'x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(() => nameUuid('not-a-uuid', 'x')).toThrow(RangeError);
  });
});
