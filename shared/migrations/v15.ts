import { isRecord } from '../base/guards';
import { rowIndexesOf, storedColumn, storedInts, type ColumnValues } from '../domain';
import type { StoredRecord } from './step';

/**
 * v14 → v15 changes how the store keeps a piece, not what a row is (shared/domain/storedNumbers.ts,
 * rowIndexRun.ts): a number column becomes scaled integers (`{ scale, values }`, Int8/16/32Array) when a
 * decimal scale 0..9 gives every number back exactly, the row indexes a run `{ first, count }` when they
 * follow each other, the lines an Int32Array when every one fits. A snapshot (an evaluation file) keeps
 * one `datasetRows` record per row at every version, so this version has no step in MIGRATIONS. This is
 * the step the database upgrade applies to each stored piece.
 *
 * The readers take every shape, so a piece the upgrade did not reach would still read the same; the
 * upgrade still rewrites every piece so that the store holds one shape and an older table clones as fast
 * as a new one. A piece already in the v15 shape, or a part of one no reader could read, is left as it is.
 */
export function pieceWithStoredNumbers(record: StoredRecord): StoredRecord {
  let next: StoredRecord = record;
  const change = (field: string, value: unknown) => {
    if (value !== record[field]) next = next === record ? { ...record, [field]: value } : { ...next, [field]: value };
  };
  const { columns, rowIndexes, lines } = record;
  if (Array.isArray(columns)) {
    let changed = false;
    const stored = columns.map((column: unknown) => {
      if (!(column instanceof Float64Array)) return column;
      const compact = storedColumn(column as ColumnValues);
      if (compact !== column) changed = true;
      return compact;
    });
    if (changed) change('columns', stored);
  }
  if (Array.isArray(rowIndexes) && rowIndexes.every((i: unknown) => typeof i === 'number')) change('rowIndexes', rowIndexesOf(rowIndexes as number[]));
  if (Array.isArray(lines) && lines.every((line: unknown) => typeof line === 'number')) change('lines', storedInts(lines as number[]));
  return next;
}

/** Stored v14 pieces as v15 keeps them (anything that is not a record is left out, as no reader could read it). */
export function piecesWithStoredNumbers(records: readonly unknown[]): StoredRecord[] {
  return records.filter(isRecord).map(pieceWithStoredNumbers);
}
