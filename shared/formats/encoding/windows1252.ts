import { createUnitSink } from './decodedText';

/**
 * Windows-1252 as the WHATWG Encoding Standard defines it (index-windows-1252): bytes 0x00-0x7F and
 * 0xA0-0xFF are Latin-1, 0x80-0x9F are the table below; the five bytes the code page leaves undefined
 * (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 controls of the same value, as browsers do.
 * Written out here because Node 20's TextDecoder('windows-1252') maps all of 0x80-0x9F to C1 controls.
 */
export const WINDOWS_1252_80_9F: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

/** Decodes Windows-1252 bytes; every byte has a character, so this never fails. */
export function decodeWindows1252(bytes: Uint8Array, start = 0): string {
  const sink = createUnitSink();
  for (let i = start; i < bytes.length; i++) {
    const b = bytes[i] as number;
    sink.push(b >= 0x80 && b <= 0x9f ? (WINDOWS_1252_80_9F[b - 0x80] as number) : b);
  }
  return sink.finish();
}
