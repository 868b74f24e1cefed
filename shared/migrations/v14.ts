import { isRecord } from '../base/guards';
import { numberColumnOf, type CellValue } from '../domain';
import type { StoredRecord } from './step';

/**
 * v13 → v14 changes how the store keeps a piece's columns, not what a row is: a column whose cells are
 * all numbers or empty becomes a number column, a Float64Array with NaN for an empty cell
 * (shared/domain/tableCells.ts), so IndexedDB clones it as one block of bytes instead of a heap number a
 * cell. A snapshot (an evaluation file) keeps one `datasetRows` record per row at every version, so this
 * version has no step in MIGRATIONS. This is the step the database upgrade applies to each stored piece.
 *
 * The readers take both shapes (`columnCell`), so a piece the upgrade did not reach would still read the
 * same; the upgrade still rewrites every piece so that the store holds one shape, and a table stored by an
 * older release reads and clones as fast as a new one.
 */
export function pieceWithNumberColumns(record: StoredRecord): StoredRecord {
  const columns = record.columns;
  if (!Array.isArray(columns)) return record;
  let changed = false;
  const next = columns.map((column: unknown) => {
    if (!Array.isArray(column)) return column;
    const numbers = column.every((value: unknown) => value === null || typeof value === 'number') ? numberColumnOf(column as CellValue[]) : null;
    if (numbers === null) return column;
    changed = true;
    return numbers;
  });
  return changed ? { ...record, columns: next } : record;
}

/** Stored v13 pieces as v14 keeps them (anything that is not a record is left out, as no reader could read it). */
export function piecesWithNumberColumns(records: readonly unknown[]): StoredRecord[] {
  return records.filter(isRecord).map(pieceWithNumberColumns);
}
