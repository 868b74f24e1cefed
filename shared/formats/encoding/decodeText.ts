import type { ImportWarning } from '../../domain/importWarning';
import { tryDecodeUtf8 } from './strictUtf8';
import { decodeUtf16 } from './utf16';
import { utf16WithoutBom } from './utf16WithoutBom';
import { decodeUtf8OrWindows1252 } from './utf8OrWindows1252';
import { decodeUtf8Replacing } from './utf8Lenient';
import { decodeWindows1252 } from './windows1252';

/**
 * Decoding text files: the one place bytes become text. The readers decide only what their format says
 * about its encoding (HTML's meta charset, XML's declaration and `<?`, UTF-16 without a BOM in a CSV) and
 * pass it here as `declared`.
 */

/** The encodings Spårbar reads text, HTML, XML and CSV in. */
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

function withReplacements(text: string, encoding: TextEncoding, replacements: number, warnings: ImportWarning[]): DecodedText {
  if (replacements > 0) warnings.push({ code: 'replacementCharacters', values: { count: replacements } });
  return { text, encoding, warnings };
}

/**
 * Decodes a file's bytes: a byte order mark decides first (UTF-8, UTF-16 LE or BE); then an encoding the
 * file declares; then UTF-16 without a BOM told from its NUL bytes (utf16WithoutBom); then valid UTF-8 is
 * UTF-8, and anything else is Windows-1252, since that is what older Swedish Windows programs write: with
 * a warning, and where the file also holds well-formed UTF-8 sequences (text pasted from a newer system)
 * those are read as UTF-8 and the warning says the file mixes encodings. Windows-1252 is read by our own
 * table (Node 20's TextDecoder gets 0x80-0x9F wrong); UTF-8 that is said to be UTF-8 but is not quite keeps
 * what can be read, each malformed sequence a counted U+FFFD, as browsers do; so does UTF-16 with lone
 * surrogates or an odd byte.
 */
export function decodeText(bytes: Uint8Array, declared: TextEncoding | null = null): DecodedText {
  const bom = byteOrderMark(bytes);
  const encoding = bom?.encoding ?? declared ?? utf16WithoutBom(bytes);
  const start = bom?.length ?? 0;
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const { text, replacements } = decodeUtf16(bytes, encoding === 'utf-16le', start);
    return withReplacements(text, encoding, replacements, [{ code: 'decodedAsUtf16' }]);
  }
  if (encoding === 'windows-1252') return { text: decodeWindows1252(bytes, start), encoding, warnings: [] };
  if (encoding === 'utf-8') {
    const { text, replacements } = decodeUtf8Replacing(bytes);
    return withReplacements(text, 'utf-8', replacements, []);
  }
  const text = tryDecodeUtf8(bytes);
  if (text !== null) return { text, encoding: 'utf-8', warnings: [] };
  const mixed = decodeUtf8OrWindows1252(bytes);
  return { text: mixed.text, encoding: 'windows-1252', warnings: [{ code: mixed.utf8Sequences > 0 ? 'mixedEncodings' : 'decodedAsWindows1252' }] };
}
