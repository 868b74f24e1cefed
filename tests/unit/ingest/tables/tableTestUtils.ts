import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const TABLE_FIXTURES = fileURLToPath(new URL('../../../fixtures/table/', import.meta.url));
export const fixtureBytes = (name: string) => new Uint8Array(readFileSync(path.join(TABLE_FIXTURES, name)));

/** UTF-8 bytes of a string (optionally with a BOM). */
export function utf8(text: string, bom = false): Uint8Array {
  const body = new TextEncoder().encode(text);
  if (!bom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Windows-1252 bytes of a string (only characters the code page has). */
export function cp1252(text: string): Uint8Array {
  return Uint8Array.from(Array.from(text), (ch) => {
    const code = ch.charCodeAt(0);
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
    const i = CP1252_80_9F.indexOf(ch);
    if (i === -1) throw new Error(`not in Windows-1252: ${ch}`);
    return 0x80 + i;
  });
}

/** UTF-16 bytes with a BOM. */
export function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = littleEndian ? 0xff : 0xfe;
  out[1] = littleEndian ? 0xfe : 0xff;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out[2 + i * 2] = littleEndian ? unit & 0xff : unit >> 8;
    out[3 + i * 2] = littleEndian ? unit >> 8 : unit & 0xff;
  }
  return out;
}
