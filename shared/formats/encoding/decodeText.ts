import { decodeUtf8, InvalidUtf8Error } from './utf8';
import type { ImportWarning } from '../../domain/importWarning';
import { decodeUtf16 } from './utf16';
import { decodeUtf8Lenient } from './utf8Lenient';
import { decodeWindows1252 } from './windows1252';

/** The encodings Spårbar reads text and HTML in. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  /** The decoded text, without a byte order mark; not yet normalised. */
  text: string;
  encoding: TextEncoding;
  /** What the evaluator should know about the decoding (UTF-16, Windows-1252, replaced characters). */
  warnings: ImportWarning[];
}

/** The encoding a byte order mark announces, and the mark's length. */
export function byteOrderMark(bytes: Uint8Array): { encoding: TextEncoding; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** True when the bytes are valid UTF-8 (a BOM allowed). */
export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    decodeUtf8(bytes);
    return true;
  } catch (error) {
    if (error instanceof InvalidUtf8Error) return false;
    throw error;
  }
}

function withReplacements(text: string, encoding: TextEncoding, replacements: number, warnings: ImportWarning[]): DecodedText {
  if (replacements > 0) warnings.push({ code: 'replacementCharacters', values: { count: replacements } });
  return { text, encoding, warnings };
}

/**
 * Decodes a text file's bytes: a byte order mark decides first (UTF-8, UTF-16 LE or BE); then an
 * encoding the file declares (HTML's meta charset); then valid UTF-8 is UTF-8 and anything else is
 * Windows-1252, with a warning, since that is what older Swedish Windows programs write.
 */
export function decodeText(bytes: Uint8Array, declared: TextEncoding | null = null): DecodedText {
  const bom = byteOrderMark(bytes);
  const encoding = bom?.encoding ?? declared;
  const start = bom?.length ?? 0;
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const { text, replacements } = decodeUtf16(bytes, encoding === 'utf-16le', start);
    return withReplacements(text, encoding, replacements, [{ code: 'decodedAsUtf16' }]);
  }
  if (encoding === 'windows-1252') return { text: decodeWindows1252(bytes, start), encoding, warnings: [] };
  try {
    return { text: decodeUtf8(bytes), encoding: 'utf-8', warnings: [] };
  } catch (error) {
    if (!(error instanceof InvalidUtf8Error)) throw error;
  }
  if (encoding === 'utf-8') {
    // Said to be UTF-8 (by a BOM or a declaration) but is not quite: keep what can be read, as browsers do.
    const { text, replacements } = decodeUtf8Lenient(bytes, start);
    return withReplacements(text, 'utf-8', replacements, []);
  }
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252', warnings: [{ code: 'decodedAsWindows1252' }] };
}
