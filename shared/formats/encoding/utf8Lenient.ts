import { createUnitSink, type DecodedChars } from './decodedText';
import { tryDecodeUtf8 } from './strictUtf8';

/**
 * Decodes UTF-8 from `start` the way the WHATWG Encoding Standard does: each maximal malformed
 * subsequence becomes one U+FFFD, and is counted. For files that say they are UTF-8 but are not quite.
 */
export function decodeUtf8Lenient(bytes: Uint8Array, start = 0): DecodedChars {
  const sink = createUnitSink();
  let replacements = 0;
  let cp = 0;
  let needed = 0;
  let seen = 0;
  let lower = 0x80;
  let upper = 0xbf;
  let i = start;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (needed === 0) {
      i++;
      if (b <= 0x7f) {
        sink.push(b);
      } else if (b >= 0xc2 && b <= 0xdf) {
        needed = 1;
        cp = b & 0x1f;
      } else if (b >= 0xe0 && b <= 0xef) {
        if (b === 0xe0) lower = 0xa0;
        if (b === 0xed) upper = 0x9f;
        needed = 2;
        cp = b & 0x0f;
      } else if (b >= 0xf0 && b <= 0xf4) {
        if (b === 0xf0) lower = 0x90;
        if (b === 0xf4) upper = 0x8f;
        needed = 3;
        cp = b & 0x07;
      } else {
        sink.push(0xfffd);
        replacements++;
      }
      continue;
    }
    if (b < lower || b > upper) {
      // The sequence broke off: one replacement, and this byte starts afresh.
      cp = needed = seen = 0;
      lower = 0x80;
      upper = 0xbf;
      sink.push(0xfffd);
      replacements++;
      continue;
    }
    lower = 0x80;
    upper = 0xbf;
    cp = (cp << 6) | (b & 0x3f);
    seen++;
    i++;
    if (seen === needed) {
      sink.pushCodePoint(cp);
      cp = needed = seen = 0;
    }
  }
  if (needed !== 0) {
    sink.push(0xfffd);
    replacements++;
  }
  return { text: sink.finish(), replacements };
}

/**
 * UTF-8 as the WHATWG `utf-8` decoder reads it (TextDecoder without `fatal`): a leading BOM dropped, each
 * maximal malformed subsequence one U+FFFD, counted. Fast for the usual case of valid UTF-8.
 */
export function decodeUtf8Replacing(bytes: Uint8Array): DecodedChars {
  const text = tryDecodeUtf8(bytes);
  if (text !== null) return { text, replacements: 0 };
  return decodeUtf8Lenient(bytes, bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0);
}
