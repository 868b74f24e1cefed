import { strFromU8 } from 'fflate';

/**
 * The text of an XML part: UTF-8 (the default, with or without a byte order mark), UTF-16 with a byte
 * order mark, or ISO-8859-1 when the declaration says so. Invalid UTF-8 becomes U+FFFD rather than an
 * error: a damaged character must not cost the evaluator the whole document.
 */
export function decodeXml(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 2, true);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 2, false);
  // UTF-16 without a BOM still starts with "<?" as 3C 00 3F 00 (LE) or 00 3C 00 3F (BE).
  if (bytes.length >= 4 && bytes[0] === 0x3c && bytes[1] === 0 && bytes[2] === 0x3f && bytes[3] === 0) return decodeUtf16(bytes, 0, true);
  if (bytes.length >= 4 && bytes[0] === 0 && bytes[1] === 0x3c && bytes[2] === 0 && bytes[3] === 0x3f) return decodeUtf16(bytes, 0, false);
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = start ? bytes.subarray(start) : bytes;
  if (declaresLatin1(body)) return strFromU8(body, true);
  const text = strFromU8(body);
  // fflate's fallback decoder (no TextDecoder) keeps a BOM; TextDecoder drops it.
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function decodeUtf16(bytes: Uint8Array, start: number, littleEndian: boolean): string {
  const parts: string[] = [];
  const chunk = 8192;
  for (let i = start; i + 1 < bytes.length; i += chunk * 2) {
    const end = Math.min(bytes.length - 1, i + chunk * 2);
    const units: number[] = [];
    for (let j = i; j < end; j += 2) {
      const a = bytes[j] as number;
      const b = bytes[j + 1] as number;
      units.push(littleEndian ? a | (b << 8) : (a << 8) | b);
    }
    parts.push(String.fromCharCode(...units));
  }
  return parts.join('');
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
