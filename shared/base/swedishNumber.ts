/**
 * Numbers as Swedish users write them: `1 250 000`, `1 250 000` (no-break or narrow no-break space),
 * `12,5`, `-2 500,75`. Also accepts a plain `1250000.5` as typed by English habits when unambiguous.
 */
const SPACES = /[\s\u00a0\u202f]/g;

/** Parses a Swedish-formatted number; returns null for empty input and NaN for what is not a number. */
export function parseSwedishNumber(input: string): number | null {
  const trimmed = input.trim().replace(/^\u2212/, '-');
  if (trimmed === '') return null;
  const compact = trimmed.replace(SPACES, '');
  if (compact !== trimmed) {
    // Spaces only between groups of three digits: "1 250 000" or "1 250 000,50".
    return /^-?\d{1,3}([\s\u00a0\u202f]\d{3})+(,\d+)?$/.test(trimmed) ? Number(compact.replace(',', '.')) : Number.NaN;
  }
  if (/^-?\d+(,\d+)?$/.test(compact)) return Number(compact.replace(',', '.'));
  if (/^-?\d+\.\d+$/.test(compact)) return Number(compact);
  return Number.NaN;
}

/** Formats a number the Swedish way, with a no-break space between thousands and a decimal comma. */
export function formatSwedishNumber(value: number, maximumFractionDigits = 2): string {
  const negative = value < 0;
  const rounded = Math.abs(value).toFixed(maximumFractionDigits);
  const fixed = rounded.includes('.') ? rounded.replace(/0+$/, '').replace(/\.$/, '') : rounded;
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return `${negative && /[1-9]/.test(fixed) ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}
