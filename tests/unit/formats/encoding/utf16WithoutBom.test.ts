import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../../shared/formats/encoding/decodeText';
import { utf16WithoutBom } from '../../../../shared/formats/encoding/utf16WithoutBom';
import { detectFormat } from '../../../../shared/ingest/documents/detect/detectFormat';
import { importText } from '../../../../shared/ingest/documents/text/importText';
import { ImportError } from '../../../../shared/domain/importError';

const SWEDISH = 'Slutrapport för Smart upphandling på Höglandet\n\nÖver 40 företag i Växjö och Åmål deltog – “bra”.\n';

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes.push(...(littleEndian ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff]));
  }
  return Uint8Array.from(bytes);
}

/** A binary file of little 16-bit numbers (high bytes all zero, like UTF-16 LE of Latin-1) and random bytes. */
function binaryOfSmallNumbers(): Uint8Array {
  let seed = 11;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  return Uint8Array.from({ length: 4000 }, (_, i) => (i % 2 === 1 ? 0 : 1 + (next() % 255)));
}

describe('UTF-16 without a byte order mark', () => {
  it.each([
    ['little-endian', true, 'utf-16le'],
    ['big-endian', false, 'utf-16be'],
  ] as const)('tells %s from its NUL bytes and decodes Swedish text', (_name, littleEndian, encoding) => {
    const bytes = utf16(SWEDISH, littleEndian);
    expect(utf16WithoutBom(bytes)).toBe(encoding);
    expect(decodeText(bytes)).toEqual({ text: SWEDISH, encoding, warnings: [{ code: 'decodedAsUtf16' }] });
  });

  it.each([true, false])('imports a text file in UTF-16 without a BOM (little-endian: %s)', (littleEndian) => {
    const bytes = utf16(SWEDISH, littleEndian);
    expect(detectFormat(bytes, 'rapport.txt').format).toBe('txt');
    const document = importText(bytes, { fileName: 'rapport.txt' });
    expect(document.text).toContain('Över 40 företag i Växjö och Åmål');
    expect(document.warnings).toEqual([{ code: 'decodedAsUtf16' }]);
  });

  it('reads an HTML file in UTF-16 without a BOM as HTML', () => {
    expect(detectFormat(utf16('<!doctype html><title>Rapport</title><p>Åmål</p>', true), 'sida.html').format).toBe('html');
  });

  it('still refuses a binary file whose NUL bytes fall on every other byte', () => {
    const bytes = binaryOfSmallNumbers();
    expect(utf16WithoutBom(bytes)).toBeNull();
    expect(() => detectFormat(bytes, 'data.txt')).toThrow(ImportError);
    try {
      detectFormat(bytes, 'data.txt');
    } catch (error) {
      expect((error as ImportError).code).toBe('binary');
    }
  });

  it('does not take ASCII or UTF-8 text with a stray NUL for UTF-16', () => {
    expect(utf16WithoutBom(new TextEncoder().encode('Åmål och Växjö'))).toBeNull();
    expect(utf16WithoutBom(Uint8Array.from([0x41, 0x00, 0x42, 0x43, 0x44, 0x45]))).toBeNull();
  });
});
