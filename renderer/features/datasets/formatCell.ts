import { formatSwedishNumber } from '../../../shared/base/swedishNumber';
import type { CellValue, ColumnType } from '../../../shared/domain/tableValues';

/** A cell as shown in the grid: Swedish numbers, `12 %`, Ja/Nej, ISO dates as they are; empty as ''. */
export function formatCell(value: CellValue | undefined, type: ColumnType, yesNo: { yes: string; no: string }): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? yesNo.yes : yesNo.no;
  if (typeof value === 'number') {
    // Four-digit integers (years, most often) read better without the thousands space.
    if (type === 'integer' && Number.isInteger(value) && Math.abs(value) < 10_000) return String(value);
    if (type === 'percent') return `${formatSwedishNumber(value, 4)}\u00a0%`;
    return formatSwedishNumber(value, 6);
  }
  if (type === 'datetime') return value.replace('T', ' ');
  return value;
}
