import { formatSwedishNumber } from './swedishNumber';

const UNITS = ['B', 'kB', 'MB', 'GB', 'TB'] as const;

/**
 * A size for people, in the language of the UI or the command line: "1,2 MB" and "1 234 B" in Swedish,
 * "1.2 MB" and "1,234 B" in English (steps of 1024, one decimal above bytes, a trailing zero dropped).
 * The one helper for file and storage sizes.
 */
export function formatByteSize(bytes: number, language: string): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const swedish = formatSwedishNumber(value, unit === 0 ? 0 : 1);
  const number = language === 'en' ? swedish.replace(',', '.').replace(/\u00a0/g, ',') : swedish;
  return `${number} ${UNITS[unit]}`;
}
