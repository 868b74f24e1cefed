import { describe, expect, it } from 'vitest';
import { idCount, piecesToRows, type DatasetRowPiece } from '../../../shared/domain';
import { LATEST_VERSION, migrateSnapshot } from '../../../shared/migrations';
import { datasetRowsToPieces } from '../../../shared/migrations/v12';
import { fixture, rawFixture, records } from './fixtures';

const rows = records(11, 'datasetRows');

describe('migration v11 → v12', () => {
  it('groups the rows v11 stored (one record per row, in id order) into pieces of 1,000 by index, per dataset', () => {
    expect(rows).toHaveLength(1_004);
    const pieces = datasetRowsToPieces(rows) as unknown as DatasetRowPiece[];
    expect(pieces.map((p) => [p.datasetId, p.evaluationId, p.index, idCount(p.ids), p.projectIds])).toEqual([
      ['ds-11a', 'eval-7', 0, 1_000, ['proj-7']],
      ['ds-11a', 'eval-7', 1, 2, ['proj-7']],
      ['ds-11b', 'eval-10', 0, 2, []],
    ]);
    // Row 5 has two cells of the table's three: the piece keeps each row's width.
    expect(pieces[0]?.widths?.[5]).toBe(2);
    // The store keeps consecutive indexes as a run (schema v15).
    expect(pieces[1]?.rowIndexes).toEqual({ first: 1_000, count: 2 });
    const byId = (list: readonly { id?: unknown }[]) => [...list].sort((a, b) => String(a.id).localeCompare(String(b.id)));
    expect(byId(piecesToRows(pieces))).toEqual(byId(rows));
  });

  it('keeps a row’s odd cells and missing fields as v11’s readers read them, and drops only what v11 could not read', () => {
    const odd = [
      { id: 'r-1', datasetId: 'ds', evaluationId: 'ev', index: 0, values: ['a', { nested: true }, Number.NaN, 2] },
      { id: 'r-2', datasetId: 'ds', evaluationId: 'ev', index: 1, line: 3, values: 'not a list', key: 'K', projectId: 'p' },
      { id: 'r-3', datasetId: 'ds', evaluationId: 'ev', index: 1.5, values: [] },
      { datasetId: 'ds', evaluationId: 'ev', index: 2, values: [] },
    ];
    const back = piecesToRows(datasetRowsToPieces(odd) as unknown as DatasetRowPiece[]);
    expect(back).toEqual([
      { id: 'r-1', datasetId: 'ds', evaluationId: 'ev', index: 0, line: 0, values: ['a', null, null, 2], key: null, projectId: null },
      { id: 'r-2', datasetId: 'ds', evaluationId: 'ev', index: 1, line: 3, values: [], key: 'K', projectId: 'p' },
    ]);
    expect(datasetRowsToPieces([])).toEqual([]);
  });

  it('leaves a snapshot as it was: an evaluation file keeps one datasetRows record per row at every version', () => {
    expect(LATEST_VERSION).toBeGreaterThanOrEqual(12);
    const migrated = migrateSnapshot(rawFixture(11), 12);
    expect(migrated).toEqual({ version: 12, tables: fixture(11).tables });
  });
});
