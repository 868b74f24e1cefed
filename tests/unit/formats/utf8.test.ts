import { describe, expect, it } from 'vitest';
import { decodeUtf8, InvalidUtf8Error } from '../../../shared/formats/encoding/utf8';
import { randomText, seededRandom } from '../../support/random';

const encoder = new TextEncoder();
const fatal = new TextDecoder('utf-8', { fatal: true });

function bytes(...values: number[]): Uint8Array {
  return Uint8Array.from(values);
}

function offsetOf(input: Uint8Array): number {
  try {
    decodeUtf8(input);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidUtf8Error);
    return (error as InvalidUtf8Error).offset;
  }
  throw new Error(`decodeUtf8 accepted ${Array.from(input, (b) => b.toString(16)).join(' ')}`);
}

function nodeAccepts(input: Uint8Array): boolean {
  try {
    fatal.decode(input);
    return true;
  } catch {
    return false;
  }
}

/** Whether a streaming decoder already sees an error in these bytes (truncation at the end is not one). */
function nodeStreamRejects(input: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(input, { stream: true });
    return false;
  } catch {
    return true;
  }
}

describe('decodeUtf8 on valid input', () => {
  it.each([
    ['ASCII', 'Slutrapport 2024: 12 deltagare.'],
    ['Swedish letters', 'Åsa, Ärla och Östen på Höglandet: åäö ÅÄÖ é ü'],
    ['two-byte edges', '\u0080\u07ff'],
    ['three-byte edges', '\u0800\ud7ff\ue000\uffff'],
    ['CJK and Greek', '漢字 ελληνικά кириллица'],
    ['emoji (4 bytes, surrogate pairs)', 'Bra jobbat 👍🏽 🇸🇪 👩‍👩‍👧'],
    ['highest code point', '\u{10ffff}\u{10000}'],
    ['combining characters kept as written', 'a\u030a o\u0308 e\u0301'],
    ['NUL and control characters', 'a\u0000b\u0007c\tx\r\n'],
    ['empty', ''],
  ])('decodes %s exactly', (_name, text) => {
    const encoded = encoder.encode(text);
    expect(decodeUtf8(encoded)).toBe(text);
    expect(decodeUtf8(encoded)).toBe(fatal.decode(encoded));
  });

  it('decodes the encoded bytes of å as å, not as Latin-1', () => {
    expect(decodeUtf8(bytes(0xc3, 0xa5))).toBe('å');
    expect(decodeUtf8(bytes(0xf0, 0x9f, 0x98, 0x80))).toBe('😀');
    expect(decodeUtf8(bytes(0xf0, 0x9f, 0x98, 0x80))).toHaveLength(2);
  });

  it('drops a leading byte order mark, only one, and only at the start', () => {
    expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0x48, 0x65, 0x6a))).toBe('Hej');
    expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf))).toBe('');
    expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41))).toBe('\ufeffA');
    expect(decodeUtf8(bytes(0x41, 0xef, 0xbb, 0xbf, 0x42))).toBe('A\ufeffB');
  });

  it('decodes long texts (beyond its internal chunk size) with pairs split across chunks intact', () => {
    const text = `${'x'.repeat(8191)}${'😀'.repeat(5000)}${'å'.repeat(9000)}slut`;
    expect(decodeUtf8(encoder.encode(text))).toBe(text);
  });

  it('agrees with TextDecoder(fatal) on 2,000 random valid texts', () => {
    const random = seededRandom(20261122);
    for (let round = 0; round < 2000; round++) {
      const text = randomText(random, 60);
      const encoded = encoder.encode(text);
      const withBom = random.next() < 0.2;
      const input = withBom ? Uint8Array.from([0xef, 0xbb, 0xbf, ...encoded]) : encoded;
      const decoded = decodeUtf8(input);
      // A text that itself starts with U+FEFF loses it as a BOM when none was added, as in TextDecoder.
      expect(decoded).toBe(withBom ? text : text.replace(/^\ufeff/, ''));
      expect(decoded).toBe(fatal.decode(input));
    }
  });
});

describe('decodeUtf8 on invalid input', () => {
  const cases: [string, Uint8Array, number][] = [
    ['overlong 2-byte C0 80 (NUL)', bytes(0x41, 0xc0, 0x80), 1],
    ['overlong 2-byte C1 BF', bytes(0xc1, 0xbf), 0],
    ['overlong 3-byte E0 80 80', bytes(0xe0, 0x80, 0x80), 0],
    ['overlong 3-byte E0 9F BF (U+07FF)', bytes(0x61, 0x62, 0xe0, 0x9f, 0xbf), 2],
    ['overlong 4-byte F0 80 80 80', bytes(0xf0, 0x80, 0x80, 0x80), 0],
    ['overlong 4-byte F0 8F BF BF (U+FFFF)', bytes(0x20, 0xf0, 0x8f, 0xbf, 0xbf), 1],
    ['high surrogate ED A0 80', bytes(0xed, 0xa0, 0x80), 0],
    ['low surrogate ED BF BF after text', bytes(0x68, 0xc3, 0xa5, 0xed, 0xbf, 0xbf), 3],
    ['CESU-8 surrogate pair', bytes(0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80), 0],
    ['above U+10FFFF: F4 90 80 80', bytes(0xf4, 0x90, 0x80, 0x80), 0],
    ['above U+10FFFF: F4 BF BF BF after text', bytes(0x41, 0x42, 0xf4, 0xbf, 0xbf, 0xbf), 2],
    ['F5 lead', bytes(0xf5, 0x80, 0x80, 0x80), 0],
    ['F8 lead (5-byte form)', bytes(0x41, 0xf8, 0x88, 0x80, 0x80, 0x80), 1],
    ['FE', bytes(0xfe), 0],
    ['FF after text', bytes(0x41, 0x42, 0x43, 0xff), 3],
    ['lone continuation byte', bytes(0x80), 0],
    ['lone continuation byte after text', bytes(0x61, 0xbf, 0x62), 1],
    ['continuation after a complete sequence', bytes(0xc3, 0xa5, 0xa5), 2],
    ['2-byte sequence truncated at the end', bytes(0x41, 0xc3), 1],
    ['3-byte sequence truncated at the end', bytes(0x41, 0xe2, 0x82), 1],
    ['4-byte sequence truncated at the end', bytes(0xf0, 0x9f, 0x98), 0],
    ['2-byte lead followed by ASCII', bytes(0xc3, 0x41), 1],
    ['3-byte lead then ASCII in the middle', bytes(0xe2, 0x82, 0x41, 0x41), 2],
    ['4-byte lead then ASCII', bytes(0xf0, 0x9f, 0x41, 0x41, 0x41), 2],
    ['Latin-1 å inside a word (Hålla)', bytes(0x48, 0xe5, 0x6c, 0x6c, 0x61), 2],
    ['Latin-1 å at the end (på)', bytes(0x70, 0xe5), 1],
    ['Windows-1252 quote 0x93', bytes(0x93, 0x41, 0x94), 0],
  ];

  it.each(cases)('rejects %s with the offset of the first bad byte', (_name, input, offset) => {
    expect(() => decodeUtf8(input)).toThrow(InvalidUtf8Error);
    expect(offsetOf(input)).toBe(offset);
    // The reference decoder agrees that the bytes are not UTF-8.
    expect(nodeAccepts(input)).toBe(false);
  });

  it('reports the offset in its message and its name', () => {
    try {
      decodeUtf8(bytes(0x41, 0xff));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidUtf8Error);
      expect((error as InvalidUtf8Error).name).toBe('InvalidUtf8Error');
      expect((error as InvalidUtf8Error).message).toContain('byte 1');
    }
  });

  it('counts offsets from the start of the bytes, BOM included', () => {
    expect(offsetOf(bytes(0xef, 0xbb, 0xbf, 0x41, 0xff))).toBe(4);
    expect(offsetOf(bytes(0xef, 0xbb))).toBe(0);
  });

  it('agrees with TextDecoder(fatal) on 3,000 randomly damaged texts, and points at the first bad sequence', () => {
    const random = seededRandom(4711);
    let rejected = 0;
    for (let round = 0; round < 3000; round++) {
      const list = Array.from(encoder.encode(randomText(random, 20)));
      const mutations = random.int(1, 3);
      for (let m = 0; m < mutations; m++) {
        const at = random.int(0, list.length);
        const value = random.next() < 0.8 ? random.int(0x80, 0xff) : random.int(0, 0xff);
        const kind = random.int(0, 3);
        if (kind === 0 && at < list.length) list[at] = value;
        else if (kind === 1) list.splice(at, 0, value);
        else if (kind === 2 && list.length > 0) list.splice(at, 1);
        else list.length = Math.min(list.length, at);
      }
      const input = Uint8Array.from(list);
      if (nodeAccepts(input)) {
        expect(decodeUtf8(input)).toBe(fatal.decode(input));
        continue;
      }
      rejected++;
      const offset = offsetOf(input);
      expect(offset).toBeGreaterThanOrEqual(0);
      expect(offset).toBeLessThan(input.length);
      // Everything before the sequence holding the bad byte is valid, and that sequence starts at most 3 bytes earlier.
      let validPrefix = offset;
      while (!nodeAccepts(input.subarray(0, validPrefix))) validPrefix--;
      expect(offset - validPrefix).toBeLessThanOrEqual(3);
      // ... and the error really is within the 4 bytes from there (not somewhere later).
      if (validPrefix + 4 <= input.length) expect(nodeStreamRejects(input.subarray(0, validPrefix + 4))).toBe(true);
    }
    expect(rejected).toBeGreaterThan(1000);
  });
});
