import { createUnitSink } from './decodedText';
import { WINDOWS_1252_80_9F } from './windows1252';

/** Text from bytes that mix UTF-8 and Windows-1252, and how many of each kind were read. */
export interface MixedDecoded {
  text: string;
  /** Well-formed UTF-8 sequences of two to four bytes. */
  utf8Sequences: number;
  /** Bytes of 0x80 and above that were not part of one, read as Windows-1252. */
  windows1252Bytes: number;
}

/** The length of the well-formed UTF-8 sequence of two to four bytes at `i`, or 0 (the WHATWG ranges). */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i] as number;
  let length: number;
  let lower = 0x80;
  let upper = 0xbf;
  if (b0 >= 0xc2 && b0 <= 0xdf) length = 2;
  else if (b0 >= 0xe0 && b0 <= 0xef) {
    length = 3;
    if (b0 === 0xe0) lower = 0xa0;
    if (b0 === 0xed) upper = 0x9f;
  } else if (b0 >= 0xf0 && b0 <= 0xf4) {
    length = 4;
    if (b0 === 0xf0) lower = 0x90;
    if (b0 === 0xf4) upper = 0x8f;
  } else return 0;
  if (i + length > bytes.length) return 0;
  const b1 = bytes[i + 1] as number;
  if (b1 < lower || b1 > upper) return 0;
  for (let k = 2; k < length; k++) {
    const b = bytes[i + k] as number;
    if (b < 0x80 || b > 0xbf) return 0;
  }
  return length;
}

/**
 * Decodes bytes that mix UTF-8 and Windows-1252 (a line pasted from a newer system into a file an older
 * one wrote): each well-formed UTF-8 sequence is read as UTF-8, every other byte as Windows-1252 (by our
 * own table: Node 20's TextDecoder gets 0x80-0x9F wrong). Overlong forms, encoded surrogates and
 * truncated sequences are not well-formed, so their bytes are Windows-1252 characters.
 */
export function decodeUtf8OrWindows1252(bytes: Uint8Array, start = 0): MixedDecoded {
  const sink = createUnitSink();
  let utf8Sequences = 0;
  let windows1252Bytes = 0;
  let i = start;
  while (i < bytes.length) {
    const b0 = bytes[i] as number;
    if (b0 < 0x80) {
      sink.push(b0);
      i++;
      continue;
    }
    const length = sequenceLength(bytes, i);
    if (length === 0) {
      sink.push(b0 <= 0x9f ? (WINDOWS_1252_80_9F[b0 - 0x80] as number) : b0);
      windows1252Bytes++;
      i++;
      continue;
    }
    let cp = b0 & (length === 2 ? 0x1f : length === 3 ? 0x0f : 0x07);
    for (let k = 1; k < length; k++) cp = (cp << 6) | ((bytes[i + k] as number) & 0x3f);
    sink.pushCodePoint(cp);
    utf8Sequences++;
    i += length;
  }
  return { text: sink.finish(), utf8Sequences, windows1252Bytes };
}
