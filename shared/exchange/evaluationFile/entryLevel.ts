import { deflateSync } from 'fflate';

/** How much of an entry is tried, and how much smaller it must get to be worth deflating. */
const SAMPLE_BYTES = 16 * 1024;
const WORTH = 0.9;

/**
 * The deflate level of an entry: 6 for what compresses (JSON, plain text, HTML), 0 (stored as it is) for
 * what does not (a PDF's or an image's streams, DOCX and XLSX, already zips), judged by deflating a
 * sample of its first 16 KiB fast. Deflating incompressible originals again took most of a save's time
 * and saved nothing.
 */
export function entryLevel(bytes: Uint8Array): 0 | 6 {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  if (sample.byteLength < 512) return 6;
  return deflateSync(sample, { level: 1 }).byteLength < sample.byteLength * WORTH ? 6 : 0;
}
