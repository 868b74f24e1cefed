/**
 * Text fit for a file name on every system: letters (åäö too), digits, spaces, underscores and dashes, runs
 * of anything else as one space, trimmed, at most `max` characters.
 */
export function fileNamePart(text: string, max = 120): string {
  return text.normalize('NFC').replace(/[^\p{L}\p{N} _-]+/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, max).trim();
}
