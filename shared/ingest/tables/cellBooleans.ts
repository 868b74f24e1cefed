/** Booleans as a table writes them, and the header names that make a 0/1 column a yes/no question. */

const TRUE_WORDS = new Set(['ja', 'yes', 'true', 'sant']);
const FALSE_WORDS = new Set(['nej', 'no', 'false', 'falskt']);

/** ja/nej, yes/no, true/false, sant/falskt (any case) and 1/0; null otherwise. */
export function parseBoolean(value: string): boolean | null {
  if (value === '1') return true;
  if (value === '0') return false;
  // The words as usually written, without lowercasing a copy.
  switch (value) {
    case 'ja':
    case 'yes':
    case 'true':
    case 'sant':
      return true;
    case 'nej':
    case 'no':
    case 'false':
    case 'falskt':
      return false;
  }
  const lower = value.toLowerCase();
  if (TRUE_WORDS.has(lower)) return true;
  if (FALSE_WORDS.has(lower)) return false;
  return null;
}

/** Header names that say a 0/1 column is a yes/no question rather than a count. */
export const BOOLEAN_HEADER =
  /\?\s*$|^(?:är|har|kan|ska|is|has|can|should)[\s_-]|\b(?:ja\/nej|yes\/no|1\/0|flag(?:ga)?|bool(?:ean)?)\b|^(?:aktiv|active|avslutad|klar|godkänd|approved|done|enabled|finished)$/i;
