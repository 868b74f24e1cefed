/**
 * The key column of a table: the column whose values name the project, guessed from how many rows each
 * column matches to a project, and the count of matched rows for the one chosen.
 */
import type { CellValue, TableColumn } from '../../domain/tableValues';
import type { Id } from '../../domain/ids';
import { keyOf } from './linkRows';

const SAMPLE = 5000;

/**
 * The column that most likely names the project: the one whose values match the most rows to a project
 * (by code, name or a remembered match); null when no column matches any row. Ties go to the leftmost.
 */
export function guessKeyColumn(columns: readonly TableColumn[], rows: readonly CellValue[][], match: (key: string | null) => Id | null): number | null {
  let best: number | null = null;
  let bestCount = 0;
  const sample = rows.length > SAMPLE ? rows.slice(0, SAMPLE) : rows;
  columns.forEach((column, index) => {
    if (column.type === 'boolean' || column.type === 'decimal' || column.type === 'percent') return;
    let count = 0;
    for (const row of sample) if (match(keyOf(row, index)) !== null) count++;
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
export function countMatched(rows: readonly CellValue[][], keyColumn: number | null, match: (key: string | null) => Id | null): MatchCounts {
  const result: MatchCounts = { matched: 0, unmatched: 0, empty: 0 };
  for (const row of rows) {
    const key = keyOf(row, keyColumn);
    if (key === null) result.empty++;
    else if (match(key) === null) result.unmatched++;
    else result.matched++;
  }
  return result;
}
