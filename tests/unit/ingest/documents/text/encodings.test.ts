import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeText } from '../../../../../shared/formats/encoding/decodeText';
import { decodeUtf16 } from '../../../../../shared/formats/encoding/utf16';
import { decodeStrictUtf8, tryDecodeUtf8 } from '../../../../../shared/formats/encoding/strictUtf8';
import { InvalidUtf8Error } from '../../../../../shared/formats/encoding/utf8';
import { decodeUtf8Lenient, decodeUtf8Replacing } from '../../../../../shared/formats/encoding/utf8Lenient';
import { decodeWindows1252 } from '../../../../../shared/formats/encoding/windows1252';

// index-windows-1252 of the WHATWG Encoding Standard for 0x80-0x9F, written out independently of the
// decoder's table (https://encoding.spec.whatwg.org/index-windows-1252.txt).
const WHATWG_80_9F: Array<[number, string]> = [
  [0x80, '€'], [0x81, '\u0081'], [0x82, '‚'], [0x83, 'ƒ'], [0x84, '„'], [0x85, '…'], [0x86, '†'], [0x87, '‡'],
  [0x88, 'ˆ'], [0x89, '‰'], [0x8a, 'Š'], [0x8b, '‹'], [0x8c, 'Œ'], [0x8d, '\u008d'], [0x8e, 'Ž'], [0x8f, '\u008f'],
  [0x90, '\u0090'], [0x91, '‘'], [0x92, '’'], [0x93, '“'], [0x94, '”'], [0x95, '•'], [0x96, '–'], [0x97, '—'],
  [0x98, '˜'], [0x99, '™'], [0x9a, 'š'], [0x9b, '›'], [0x9c, 'œ'], [0x9d, '\u009d'], [0x9e, 'ž'], [0x9f, 'Ÿ'],
];

function utf16(text: string, littleEndian: boolean, bom = true): Uint8Array {
  const bytes: number[] = bom ? (littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (littleEndian) bytes.push(unit & 0xff, unit >> 8);
    else bytes.push(unit >> 8, unit & 0xff);
  }
  return Uint8Array.from(bytes);
}

describe('decodeWindows1252', () => {
  it.each(WHATWG_80_9F.map(([byte, ch]) => [byte.toString(16).toUpperCase(), byte, ch] as const))('maps byte 0x%s as WHATWG does', (_hex, byte, expected) => {
    expect(decodeWindows1252(Uint8Array.from([byte]))).toBe(expected);
  });

  it('covers all 32 bytes of 0x80-0x9F, with the five undefined ones as C1 controls', () => {
    const all = Uint8Array.from(WHATWG_80_9F.map(([byte]) => byte));
    expect(decodeWindows1252(all)).toBe(WHATWG_80_9F.map(([, ch]) => ch).join(''));
    expect(decodeWindows1252(Uint8Array.from([0x81, 0x8d, 0x8f, 0x90, 0x9d]))).toBe('\u0081\u008d\u008f\u0090\u009d');
  });

  it('is Latin-1 for ASCII and 0xA0-0xFF (åäö ÅÄÖ é)', () => {
    for (let byte = 0; byte < 0x80; byte++) expect(decodeWindows1252(Uint8Array.from([byte])).charCodeAt(0)).toBe(byte);
    for (let byte = 0xa0; byte <= 0xff; byte++) expect(decodeWindows1252(Uint8Array.from([byte])).charCodeAt(0)).toBe(byte);
    expect(decodeWindows1252(Uint8Array.from([0xe5, 0xe4, 0xf6, 0x20, 0xc5, 0xc4, 0xd6, 0x20, 0xe9]))).toBe('åäö ÅÄÖ é');
  });

  it('decodes long input in chunks without losing characters', () => {
    const bytes = new Uint8Array(50_000).fill(0x80);
    const text = decodeWindows1252(bytes);
    expect(text).toHaveLength(50_000);
    expect(new Set(text)).toEqual(new Set(['€']));
  });
});

describe('decodeUtf16', () => {
  it('reads little- and big-endian, surrogate pairs included', () => {
    const text = 'Nätverk 👍🏽 Åre';
    expect(decodeUtf16(utf16(text, true), true, 2)).toEqual({ text, replacements: 0 });
    expect(decodeUtf16(utf16(text, false), false, 2)).toEqual({ text, replacements: 0 });
  });

  it('replaces lone surrogates and an odd last byte, and counts them', () => {
    const bytes = Uint8Array.from([0x41, 0x00, 0x00, 0xd8, 0x42, 0x00, 0x00, 0xdc, 0x43]);
    expect(decodeUtf16(bytes, true)).toEqual({ text: 'A\ufffdB\ufffd\ufffd', replacements: 3 });
  });
});

describe('decodeUtf8Lenient', () => {
  it('decodes valid UTF-8 unchanged', () => {
    const text = 'Smart upphandling på Höglandet 👍';
    expect(decodeUtf8Lenient(new TextEncoder().encode(text))).toEqual({ text, replacements: 0 });
  });

  it('replaces each maximal malformed subsequence with one U+FFFD, as WHATWG does', () => {
    // A lone continuation byte, a truncated 3-byte sequence before ASCII, an overlong form, a surrogate.
    expect(decodeUtf8Lenient(Uint8Array.from([0x61, 0x80, 0x62]))).toEqual({ text: 'a\ufffdb', replacements: 1 });
    expect(decodeUtf8Lenient(Uint8Array.from([0xe2, 0x82, 0x41]))).toEqual({ text: '\ufffdA', replacements: 1 });
    expect(decodeUtf8Lenient(Uint8Array.from([0xc0, 0xaf]))).toEqual({ text: '\ufffd\ufffd', replacements: 2 });
    expect(decodeUtf8Lenient(Uint8Array.from([0xed, 0xa0, 0x80]))).toEqual({ text: '\ufffd\ufffd\ufffd', replacements: 3 });
    expect(decodeUtf8Lenient(Uint8Array.from([0x41, 0xf0, 0x9f, 0x91]))).toEqual({ text: 'A\ufffd', replacements: 1 });
  });

  it('agrees with TextDecoder (fatal: false) on random bytes', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const reference = new TextDecoder('utf-8', { ignoreBOM: true });
    for (let round = 0; round < 200; round++) {
      const bytes = Uint8Array.from({ length: 40 }, () => [0x41, 0x80, 0xbf, 0xc3, 0xa5, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0xed, 0xff][next() % 12] as number);
      expect(decodeUtf8Lenient(bytes).text).toBe(reference.decode(bytes));
    }
  });
});

describe('decodeText', () => {
  const encoder = new TextEncoder();

  it('reads UTF-8 with and without a BOM, without warnings', () => {
    expect(decodeText(encoder.encode('Åmål'))).toEqual({ text: 'Åmål', encoding: 'utf-8', warnings: [] });
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...encoder.encode('Åmål')]))).toEqual({ text: 'Åmål', encoding: 'utf-8', warnings: [] });
  });

  it('reads UTF-16 by its BOM and says so', () => {
    expect(decodeText(utf16('Växjö', true))).toEqual({ text: 'Växjö', encoding: 'utf-16le', warnings: [{ code: 'decodedAsUtf16' }] });
    expect(decodeText(utf16('Växjö', false))).toEqual({ text: 'Växjö', encoding: 'utf-16be', warnings: [{ code: 'decodedAsUtf16' }] });
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8, with a warning', () => {
    const bytes = Uint8Array.from([0x93, 0x56, 0xe4, 0x78, 0x6a, 0xf6, 0x94, 0x20, 0x80, 0x20, 0x96]);
    expect(decodeText(bytes)).toEqual({ text: '“Växjö” € –', encoding: 'windows-1252', warnings: [{ code: 'decodedAsWindows1252' }] });
  });

  it('keeps a declared Windows-1252 quietly, and reads a declared but broken UTF-8 with replacements', () => {
    expect(decodeText(Uint8Array.from([0xe5]), 'windows-1252')).toEqual({ text: 'å', encoding: 'windows-1252', warnings: [] });
    expect(decodeText(Uint8Array.from([0x61, 0xe5, 0x62]), 'utf-8')).toEqual({
      text: 'a\ufffdb',
      encoding: 'utf-8',
      warnings: [{ code: 'replacementCharacters', values: { count: 1 } }],
    });
  });
});

describe('strict and replacing UTF-8', () => {
  const encoder = new TextEncoder();
  const samples = [
    encoder.encode('Smart upphandling på Höglandet 👍'),
    Uint8Array.from([0xef, 0xbb, 0xbf, ...encoder.encode('Åre')]),
    Uint8Array.from([0x61, 0xe5, 0x62]),
    Uint8Array.from([0xef, 0xbb, 0xbf, 0xc0, 0xaf, 0x41]),
    Uint8Array.from([0xed, 0xa0, 0x80]),
    new Uint8Array(),
  ];

  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('reads valid UTF-8 (a BOM dropped), refuses the rest with the first bad byte, or replaces it as TextDecoder does', () => {
    expect(tryDecodeUtf8(samples[1] as Uint8Array)).toBe('Åre');
    expect(tryDecodeUtf8(samples[2] as Uint8Array)).toBeNull();
    expect(() => decodeStrictUtf8(samples[2] as Uint8Array)).toThrow(InvalidUtf8Error);
    try {
      decodeStrictUtf8(samples[2] as Uint8Array);
    } catch (error) {
      expect((error as InvalidUtf8Error).offset).toBe(1);
    }
    const reference = new TextDecoder('utf-8');
    for (const bytes of samples) expect(decodeUtf8Replacing(bytes).text).toBe(reference.decode(bytes));
    expect(decodeUtf8Replacing(samples[3] as Uint8Array)).toEqual({ text: '\ufffd\ufffdA', replacements: 2 });
  });

  it('reads the same without a platform TextDecoder, with the pure-TypeScript decoders', async () => {
    const withPlatform = samples.map((bytes) => [tryDecodeUtf8(bytes), decodeUtf8Replacing(bytes)]);
    vi.stubGlobal('TextDecoder', undefined);
    vi.resetModules();
    const strict = await import('../../../../../shared/formats/encoding/strictUtf8');
    const lenient = await import('../../../../../shared/formats/encoding/utf8Lenient');
    expect(samples.map((bytes) => [strict.tryDecodeUtf8(bytes), lenient.decodeUtf8Replacing(bytes)])).toEqual(withPlatform);
  });
});
