/** Thrown when bytes are not valid UTF-8; `offset` is the first bad byte. */
export class InvalidUtf8Error extends Error {
  constructor(readonly offset: number) {
    super(`Invalid UTF-8 at byte ${offset}`);
    this.name = 'InvalidUtf8Error';
  }
}

/**
 * Strict UTF-8 decoder in pure TypeScript (shared/ has neither DOM nor Node): rejects overlong forms,
 * surrogates, code points above U+10FFFF and truncated sequences. A leading BOM is dropped.
 */
export function decodeUtf8(bytes: Uint8Array): string {
  let i = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const parts: string[] = [];
  let units: number[] = [];
  const flush = () => {
    parts.push(String.fromCharCode(...units));
    units = [];
  };
  while (i < bytes.length) {
    const b0 = bytes[i] as number;
    let cp: number;
    let len: number;
    if (b0 < 0x80) {
      cp = b0;
      len = 1;
    } else if (b0 >= 0xc2 && b0 <= 0xdf) {
      cp = b0 & 0x1f;
      len = 2;
    } else if (b0 >= 0xe0 && b0 <= 0xef) {
      cp = b0 & 0x0f;
      len = 3;
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
      cp = b0 & 0x07;
      len = 4;
    } else {
      throw new InvalidUtf8Error(i);
    }
    if (i + len > bytes.length) throw new InvalidUtf8Error(i);
    for (let k = 1; k < len; k++) {
      const b = bytes[i + k] as number;
      if ((b & 0xc0) !== 0x80) throw new InvalidUtf8Error(i + k);
      cp = (cp << 6) | (b & 0x3f);
    }
    if ((len === 3 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) || (len === 4 && (cp < 0x10000 || cp > 0x10ffff))) {
      throw new InvalidUtf8Error(i);
    }
    if (cp >= 0x10000) {
      const v = cp - 0x10000;
      units.push(0xd800 + (v >> 10), 0xdc00 + (v & 0x3ff));
    } else {
      units.push(cp);
    }
    if (units.length >= 8192) flush();
    i += len;
  }
  flush();
  return parts.join('');
}
