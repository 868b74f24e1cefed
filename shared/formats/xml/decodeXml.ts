import { decodeText, type TextEncoding } from '../encoding/decodeText';

/**
 * The text of an XML part: UTF-8 (the default, with or without a byte order mark), UTF-16 with a byte
 * order mark or, without one, as its `<?` is written, or Windows-1252 when the declaration says
 * ISO-8859-1 (as browsers read that label). Invalid UTF-8 becomes U+FFFD rather than an error: a damaged
 * character must not cost the evaluator the whole document.
 */
export function decodeXml(bytes: Uint8Array): string {
  const { text } = decodeText(bytes, declaredEncoding(bytes));
  // A second byte order mark (some generators write one into the text as well) is not text either.
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** What the part's first bytes say when no byte order mark does: UTF-16 by how `<?` is written, else the declaration. */
function declaredEncoding(bytes: Uint8Array): TextEncoding {
  // UTF-16 without a BOM still starts with "<?" as 3C 00 3F 00 (LE) or 00 3C 00 3F (BE).
  if (bytes[0] === 0x3c && bytes[1] === 0 && bytes[2] === 0x3f && bytes[3] === 0) return 'utf-16le';
  if (bytes[0] === 0 && bytes[1] === 0x3c && bytes[2] === 0 && bytes[3] === 0x3f) return 'utf-16be';
  return declaresLatin1(bytes) ? 'windows-1252' : 'utf-8';
}

/** True when the XML declaration names ISO-8859-1 (Latin-1); only its first bytes are looked at. */
function declaresLatin1(bytes: Uint8Array): boolean {
  if (bytes[0] !== 0x3c || bytes[1] !== 0x3f) return false;
  const end = Math.min(bytes.length, 200);
  let head = '';
  for (let i = 0; i < end; i++) {
    const c = bytes[i] as number;
    head += String.fromCharCode(c);
    if (c === 0x3e) break;
  }
  return /encoding\s*=\s*["'](iso-8859-1|latin-?1|iso_8859-1)["']/i.test(head);
}
