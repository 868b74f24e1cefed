import { createUnitSink, type DecodedChars } from './decodedText';

/**
 * Decodes UTF-16 (little- or big-endian) from `start`; unpaired surrogates and an odd last byte become
 * U+FFFD and are counted.
 */
export function decodeUtf16(bytes: Uint8Array, littleEndian: boolean, start = 0): DecodedChars {
  const sink = createUnitSink();
  let replacements = 0;
  const end = start + Math.floor((bytes.length - start) / 2) * 2;
  const unitAt = (i: number) => (littleEndian ? (bytes[i] as number) | ((bytes[i + 1] as number) << 8) : ((bytes[i] as number) << 8) | (bytes[i + 1] as number));
  for (let i = start; i < end; i += 2) {
    const unit = unitAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = i + 2 < end ? unitAt(i + 2) : -1;
      if (next >= 0xdc00 && next <= 0xdfff) {
        sink.push(unit);
        sink.push(next);
        i += 2;
      } else {
        sink.push(0xfffd);
        replacements++;
      }
    } else if (unit >= 0xdc00 && unit <= 0xdfff) {
      sink.push(0xfffd);
      replacements++;
    } else {
      sink.push(unit);
    }
  }
  if (end < bytes.length) {
    sink.push(0xfffd);
    replacements++;
  }
  return { text: sink.finish(), replacements };
}
