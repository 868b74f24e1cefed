import { describe, expect, it } from 'vitest';
import { pieceRows, piecesToRows, type DatasetRowPiece } from '../../../shared/domain';
import { LATEST_VERSION, migrateSnapshot, type StoredRecord } from '../../../shared/migrations';
import { pieceWithNumberColumns, piecesWithNumberColumns } from '../../../shared/migrations/v14';
import { fixture, rawFixture, records, v13Pieces } from './fixtures';

const asPieces = (list: readonly StoredRecord[]) => list as unknown as DatasetRowPiece[];

describe('migration v13 → v14 (the table store’s number columns)', () => {
  it('makes every column of numbers and empty cells a Float64Array, NaN for empty, and leaves the other columns as they were', () => {
    const before = v13Pieces();
    const after = asPieces(piecesWithNumberColumns(before));
    const shapes = after.map((p) => [p.datasetId, p.index, p.columns.map((c) => (c instanceof Float64Array ? 'numbers' : 'values'))]);
    expect(shapes).toEqual([
      ['ds-11a', 0, ['values', 'numbers', 'values']],
      ['ds-11a', 1, ['values', 'numbers', 'values']],
      ['ds-11b', 0, ['numbers', 'values']],
      // Text, years, decimals, booleans, a column of numbers and a word, empty, text, one ragged cell.
      ['ds-13e', 0, ['values', 'numbers', 'numbers', 'values', 'values', 'values', 'values', 'values']],
    ]);
    const odd = after[3] as DatasetRowPiece;
    expect(Array.from(odd.columns[1] as Float64Array)).toEqual([2021, Number.NaN, 2023, 0]);
    expect(Array.from(odd.columns[2] as Float64Array)).toEqual([1.5, -0.25, Number.NaN, 1e-7]);
    expect(odd.columns[4]).toEqual([12, 'tolv', 7, null]);
    expect(odd.columns[5]).toEqual([null, null, null, null]);
    // Everything but the columns as it was.
    before.forEach((piece, i) => expect({ ...(after[i] as unknown as StoredRecord), columns: null }).toEqual({ ...piece, columns: null }));
  });

  it('gives every row back with the values v13 gave: numbers, empty cells as null, ragged rows as wide as they were', () => {
    const before = asPieces(v13Pieces());
    const after = asPieces(piecesWithNumberColumns(v13Pieces()));
    expect(piecesToRows(after)).toEqual(piecesToRows(before));
    const byId = (list: readonly { id?: unknown }[]) => [...list].sort((a, b) => String(a.id).localeCompare(String(b.id)));
    expect(byId(piecesToRows(after).filter((r) => r.datasetId !== 'ds-13e'))).toEqual(byId(records(11, 'datasetRows')));
    expect(pieceRows(after[3] as DatasetRowPiece).map((r) => r.values)).toEqual([
      ['Mora', 2021, 1.5, true, 12, null, 'x'],
      ['Orsa', null, -0.25, false, 'tolv', null],
      ['Älvdalen', 2023, null, null, 7, null, 'y', 'extra'],
      ['  ', 0, 1e-7, true, null, null, null],
    ]);
  });

  it('leaves a v14 piece, a piece without columns and a column of odd cells as they are', () => {
    const migrated = pieceWithNumberColumns(v13Pieces()[3] as StoredRecord);
    expect(pieceWithNumberColumns(migrated)).toBe(migrated);
    const noColumns = { datasetId: 'ds', index: 0 };
    expect(pieceWithNumberColumns(noColumns)).toBe(noColumns);
    const odd = { datasetId: 'ds', index: 0, columns: [[1, { nested: true }], 'not a column', [null, null]] };
    expect(pieceWithNumberColumns(odd)).toBe(odd);
    expect(piecesWithNumberColumns([null, 'x', odd])).toEqual([odd]);
  });

  it('leaves a snapshot as it was: an evaluation file keeps one datasetRows record per row at every version', () => {
    expect(LATEST_VERSION).toBeGreaterThanOrEqual(14);
    const migrated = migrateSnapshot(rawFixture(11), 14);
    expect(migrated).toEqual({ version: 14, tables: migrateSnapshot(rawFixture(11), 13).tables });
    expect(migrated.tables.datasetRows).toEqual(fixture(11).tables.datasetRows);
  });
});
