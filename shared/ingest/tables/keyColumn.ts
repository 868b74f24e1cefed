/**
 * The key column of a table: the column whose values name the project, guessed from how many rows each
 * column matches to a project, and the count of matched rows for the one chosen.
 */
import type { CellValue, TableColumn } from '../../domain/tableValues';
import type { Id } from '../../domain/ids';
import { cellsFromRows, type TableCells } from '../../domain/tableCells';
import { keyOfCell } from './linkRows';

const SAMPLE = 5000;

/** A table's cells column by column, or its rows (a small table, a test). */
export type TableOrRows = TableCells | readonly (readonly CellValue[])[];

const asCells = (table: TableOrRows): TableCells => ('columns' in table ? table : cellsFromRows(table));

/**
 * The column that most likely names the project: the one whose values match the most rows to a project
 * (by code, name or a remembered match); null when no column matches any row. Ties go to the leftmost.
 */
export function guessKeyColumn(columns: readonly TableColumn[], table: TableOrRows, match: (key: string | null) => Id | null): number | null {
  let best: number | null = null;
  let bestCount = 0;
  const cells = asCells(table);
  const sample = Math.min(cells.rowCount, SAMPLE);
  columns.forEach((column, index) => {
    if (column.type === 'boolean' || column.type === 'decimal' || column.type === 'percent') return;
    let count = 0;
    for (let r = 0; r < sample; r++) if (match(keyOfCell(cells, r, index)) !== null) count++;
    if (count > bestCount) {
      best = index;
      bestCount = count;
    }
  });
  return best;
}

export interface MatchCounts {
  matched: number;
  unmatched: number;
  empty: number;
}

/** The fraction of rows whose key matches a project, for the preview's "N of M rows match" line. */
export function countMatched(table: TableOrRows, keyColumn: number | null, match: (key: string | null) => Id | null): MatchCounts {
  const result: MatchCounts = { matched: 0, unmatched: 0, empty: 0 };
  const cells = asCells(table);
  for (let r = 0; r < cells.rowCount; r++) {
    const key = keyOfCell(cells, r, keyColumn);
    if (key === null) result.empty++;
    else if (match(key) === null) result.unmatched++;
    else result.matched++;
  }
  return result;
}
