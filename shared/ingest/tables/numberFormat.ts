/**
 * How a number in Swedish notation was written, in a few bits, so that a column kept as numbers can
 * write its values again exactly as the file had them (columnCells.ts) without keeping a string a cell:
 * its number of decimals (`0,50` has two), the separator of its thousands groups (`1 234`, `1 234`
 * with a no-break space, `1.234`) and its percent sign (`12%`, `12 %`). A value written any other way
 * (a '+' or U+2212 sign, groups of mixed separators, spaces around it) is NOT_WRITTEN_AGAIN and kept
 * as written.
 *
 * Exact because a number here has at most 15 digits: the double read is the nearest to the decimal
 * written, within 0.11 units of its last decimal place, so toFixed(decimals) gives back its digits.
 */

export const NOT_WRITTEN_AGAIN = -1;

/** Thousands separators by their code (0: none). */
const GROUPS = ['', ' ', '\u00a0', '\u202f', '.'];
/** What stands between the number and its percent sign, by code (0: no percent sign). */
const PERCENTS = ['', '%', ' %', '\u00a0%', '\u202f%'];

const groupCode = (separator: number): number => (separator === 0 ? 0 : separator === 32 ? 1 : separator === 0xa0 ? 2 : separator === 0x202f ? 3 : separator === 46 ? 4 : -1);

/** The format of a number with `decimals` decimals and thousands groups behind `separator` (its char code, 0 without). */
export function numberFormat(decimals: number, separator: number): number {
  const group = groupCode(separator);
  return group < 0 || decimals > 15 ? NOT_WRITTEN_AGAIN : decimals | (group << 4);
}

/** The format with the percent sign written after the number: `before` is the char before '%' (37 itself when none; 0 without a percent sign). */
export function withPercent(format: number, before: number): number {
  if (before === 0) return format;
  const percent = before === 37 ? 1 : before === 32 ? 2 : before === 0xa0 ? 3 : before === 0x202f ? 4 : -1;
  return percent < 0 ? NOT_WRITTEN_AGAIN : format | (percent << 7);
}

/** The number written as `format` says (the inverse of reading it, for a format other than NOT_WRITTEN_AGAIN). */
export function numberText(n: number, format: number): string {
  const decimals = format & 15;
  const separator = GROUPS[(format >> 4) & 7] ?? '';
  const percent = PERCENTS[(format >> 7) & 7] ?? '';
  const negative = n < 0 || Object.is(n, -0);
  const fixed = Math.abs(n).toFixed(decimals);
  const point = fixed.indexOf('.');
  let whole = point === -1 ? fixed : fixed.slice(0, point);
  if (separator !== '' && whole.length > 3) {
    let grouped = whole.slice(0, ((whole.length - 1) % 3) + 1);
    for (let at = grouped.length; at < whole.length; at += 3) grouped += separator + whole.slice(at, at + 3);
    whole = grouped;
  }
  return `${negative ? '-' : ''}${whole}${point === -1 ? '' : `,${fixed.slice(point + 1)}`}${percent}`;
}
