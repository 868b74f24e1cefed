/**
 * Numbers as Swedish users write them: `1 250 000`, `1 250 000` (no-break or narrow no-break space),
 * `12,5`, `-2 500,75`. Also accepts a plain `1250000.5` as typed by English habits when unambiguous.
 */
const SPACES = /[\s\u00a0\u202f]/g;

/** Parses a Swedish-formatted number; returns null for empty input and NaN for what is not a number. */
export function parseSwedishNumber(input: string): number | null {
  const trimmed = input.trim();
  if (trimmed === '') return null;
  const compact = trimmed.replace(SPACES, '').replace(/^−/, '-');
  if (/^-?\d+(,\d+)?$/.test(compact)) return Number(compact.replace(',', '.'));
  if (/^-?\d+\.\d+$/.test(compact)) return Number(compact);
  // Spaces between groups of three digits only: "1 250 000" or "1 250 000,50".
  if (/^-?\d{1,3}([\s\u00a0\u202f]\d{3})+(,\d+)?$/.test(trimmed.replace(/^−/, '-'))) {
    return Number(compact.replace(',', '.'));
  }
  return Number.NaN;
}

/** Formats a number the Swedish way, with a no-break space between thousands and a decimal comma. */
export function formatSwedishNumber(value: number, maximumFractionDigits = 2): string {
  const negative = value < 0;
  const fixed = Math.abs(value).toFixed(maximumFractionDigits).replace(/\.?0+$/, '');
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return `${negative ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}
