/** How much of a file's start is looked at to tell UTF-16 without a byte order mark. */
const SAMPLE_BYTES = 4096;

/** True for a UTF-16 code unit that plain text does not hold: C0 and C1 controls but tab, line ends and form feed. */
function isControl(unit: number): boolean {
  if (unit === 0x09 || unit === 0x0a || unit === 0x0d || unit === 0x0c) return false;
  return unit < 0x20 || (unit >= 0x7f && unit <= 0x9f);
}

/**
 * UTF-16 without a byte order mark, told from the NUL-byte pattern of the file's start: in text of Latin
 * letters, most high bytes are NUL, so most odd bytes (little-endian) or even bytes (big-endian) are NUL
 * and almost none of the others. The start read that way must also look like text (no NUL characters and
 * hardly any control characters), so binary files of small 16-bit numbers are not taken for UTF-16.
 * Null when the bytes are not UTF-16 of this kind (most files).
 */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), SAMPLE_BYTES);
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  const encoding = oddZero > pairs * 0.6 && evenZero <= pairs * 0.02 ? 'utf-16le' : evenZero > pairs * 0.6 && oddZero <= pairs * 0.02 ? 'utf-16be' : null;
  if (encoding === null) return null;
  let controls = 0;
  for (let i = 0; i < n; i += 2) {
    const unit = encoding === 'utf-16le' ? (bytes[i] as number) | ((bytes[i + 1] as number) << 8) : ((bytes[i] as number) << 8) | (bytes[i + 1] as number);
    if (unit === 0) return null;
    if (isControl(unit)) controls++;
  }
  return controls <= pairs * 0.01 ? encoding : null;
}
