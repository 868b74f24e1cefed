import { formatSwedishNumber } from '../base/swedishNumber';
import type { CellValue, ColumnType } from './tableValues';

/**
 * A table cell as text, as the data grid shows it: numbers the Swedish way (decimal comma, a space
 * between thousands) or, with `plainNumbers`, as JavaScript writes them; four-digit integers (years, most
 * often) without the thousands space; `12 %`; yes/no in the words given; date-times with a space; dates
 * ISO as they are; empty as ''.
 */
export function formatCell(value: CellValue | undefined, type: ColumnType, yesNo: { yes: string; no: string }, plainNumbers = false): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? yesNo.yes : yesNo.no;
  if (typeof value === 'number') {
    const plain = plainNumbers || (type === 'integer' && Number.isInteger(value) && Math.abs(value) < 10_000);
    const text = plain ? String(value) : formatSwedishNumber(value, type === 'percent' ? 4 : 6);
    return type === 'percent' ? `${text}\u00a0%` : text;
  }
  if (type === 'datetime') return value.replace('T', ' ');
  return value;
}
