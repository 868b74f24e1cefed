import { describe, expect, it } from 'vitest';
import { isScaledNumbers, piecesToRows, type DatasetRowPiece, type StoredColumn } from '../../../shared/domain';
import { LATEST_VERSION, migrateSnapshot, type StoredRecord } from '../../../shared/migrations';
import { pieceWithStoredNumbers, piecesWithStoredNumbers } from '../../../shared/migrations/v15';
import { fixture, rawFixture, records, v14Pieces } from './fixtures';

const asPieces = (list: readonly StoredRecord[]) => list as unknown as DatasetRowPiece[];

/** A stored column's shape: its integer type and scale, 'float64', or 'values'. */
const shape = (column: StoredColumn) => (isScaledNumbers(column) ? `${column.values.constructor.name}/${column.scale}` : column instanceof Float64Array ? 'float64' : 'values');

describe('migration v14 → v15 (a stored piece half the bytes)', () => {
  it('keeps each number column as scaled integers where a scale fits, the row indexes as a run, the lines as an Int32Array', () => {
    const after = asPieces(piecesWithStoredNumbers(v14Pieces()));
    expect(after.map((p) => [p.datasetId, p.index, p.columns.map(shape)])).toEqual([
      ['ds-11a', 0, ['values', 'Int16Array/1', 'values']],
      ['ds-11a', 1, ['values', 'Int16Array/1', 'values']],
      ['ds-11b', 0, ['Int8Array/0', 'values']],
      // Years, then decimals down to 1e-7 (scale 7, 10^7 × 1.5 fits Int32).
      ['ds-13e', 0, ['values', 'Int16Array/0', 'Int32Array/7', 'values', 'values', 'values', 'values', 'values']],
      // Counts, amounts with two decimals, tenths, sevenths (no scale), a column whose -0 keeps it Float64 and
      // which is empty in piece 0, text and booleans, numbers past Int32 (empty in piece 0).
      ['ds-14c', 0, ['values', 'Int16Array/0', 'Int32Array/2', 'Int8Array/1', 'float64', 'Int8Array/0', 'values', 'Int8Array/0']],
      ['ds-14c', 1, ['values', 'Int16Array/0', 'Int32Array/2', 'Int8Array/1', 'float64', 'float64', 'values', 'float64']],
    ]);
    expect(after.map((p) => p.rowIndexes)).toEqual([
      { first: 0, count: 1_000 },
      { first: 1_000, count: 2 },
      { first: 0, count: 2 },
      { first: 0, count: 4 },
      { first: 0, count: 1_000 },
      { first: 1_000, count: 500 },
    ]);
    for (const piece of after) expect(piece.lines).toBeInstanceOf(Int32Array);
    // Everything but the columns, the indexes and the lines as it was.
    const rest = (piece: StoredRecord) => ({ ...piece, columns: null, rowIndexes: null, lines: null });
    v14Pieces().forEach((piece, i) => expect(rest(after[i] as unknown as StoredRecord)).toEqual(rest(piece)));
  });

  it('gives every row back with the values v14 gave: numbers (-0 too), empty cells as null, ragged rows as wide as they were', () => {
    const before = asPieces(v14Pieces());
    const after = asPieces(piecesWithStoredNumbers(v14Pieces()));
    const rowsBefore = piecesToRows(before);
    const rowsAfter = piecesToRows(after);
    expect(rowsAfter).toHaveLength(1_004 + 4 + 1_500);
    expect(rowsAfter).toEqual(rowsBefore);
    // Each cell Object.is the one v14 gave, -0 and all.
    rowsAfter.forEach((row, r) => row.values.forEach((value, c) => {
      if (!Object.is(value, rowsBefore[r]?.values[c])) throw new Error(`row ${r} cell ${c}: ${String(value)}`);
    }));
    expect(Object.is(rowsAfter.find((r) => r.datasetId === 'ds-14c' && r.index === 1_250)?.values[5], -0)).toBe(true);
    const byId = (list: readonly { id?: unknown }[]) => [...list].sort((a, b) => String(a.id).localeCompare(String(b.id)));
    expect(byId(rowsAfter.filter((r) => r.datasetId.startsWith('ds-11')))).toEqual(byId(records(11, 'datasetRows')));
  });

  it('leaves a v15 piece, a piece without columns and odd parts as they are, and indexes with gaps a list', () => {
    const migrated = pieceWithStoredNumbers(v14Pieces()[4] as StoredRecord);
    expect(pieceWithStoredNumbers(migrated)).toBe(migrated);
    const noColumns = { datasetId: 'ds', index: 0 };
    expect(pieceWithStoredNumbers(noColumns)).toBe(noColumns);
    const odd = { datasetId: 'ds', index: 0, rowIndexes: [0, 'one'], lines: 'not a list', columns: [[1, { nested: true }], 'not a column', [null, null]] };
    expect(pieceWithStoredNumbers(odd)).toBe(odd);
    expect(piecesWithStoredNumbers([null, 'x', odd])).toEqual([odd]);
    const gaps = pieceWithStoredNumbers({ datasetId: 'ds', index: 0, rowIndexes: [0, 3, 998], lines: [2, 2.5, 9], columns: [Float64Array.of(1, Number.NaN, 3)] });
    expect(gaps).toEqual({ datasetId: 'ds', index: 0, rowIndexes: [0, 3, 998], lines: [2, 2.5, 9], columns: [{ scale: 0, values: Int8Array.of(1, -128, 3) }] });
  });

  it('leaves a snapshot as it was: an evaluation file keeps one datasetRows record per row at every version', () => {
    expect(LATEST_VERSION).toBe(15);
    const migrated = migrateSnapshot(rawFixture(11), 15);
    expect(migrated).toEqual({ version: 15, tables: migrateSnapshot(rawFixture(11), 14).tables });
    expect(migrated.tables.datasetRows).toEqual(fixture(11).tables.datasetRows);
  });
});
