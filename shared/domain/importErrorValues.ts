import type { ImportErrorCode } from './importError';
import { formatByteSize } from '../base/byteSize';

/** A count as the language writes it: "100 000" in Swedish, "100,000" in English. */
export function formatCount(value: number, language: 'sv' | 'en', fractionDigits = 0): string {
  return new Intl.NumberFormat(language === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: fractionDigits }).format(value);
}

/**
 * The figures of an import error (a limit and the file's figure, shared/domain/importLimits.ts) written
 * for its message in the catalog: counts in the language's format, a part's size as every size is written (formatByteSize).
 */
export function importErrorValues(code: ImportErrorCode, values: Readonly<Record<string, number>>, language: 'sv' | 'en'): Record<string, string> {
  // Sizes as sizes, times in seconds (to the millisecond), counts whole.
  const format = code === 'partTooLarge' ? formatByteSize : code === 'timeout' ? (value: number) => formatCount(value, language, 3) : formatCount;
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, format(value, language)]));
}
