import { isRecord } from '../base/guards';
import { rowsToPieces, type CellValue, type DatasetRow } from '../domain';
import type { StoredRecord } from './step';

/**
 * v11 → v12 changes how the store keeps a dataset's rows, not what a row is: the database's one record
 * per row (`datasetRows`, five index entries each) becomes pieces of ROWS_PER_PIECE rows kept column by
 * column (`datasetRowPieces`, keyed [datasetId+index], see shared/domain/datasetRowPiece.ts). A snapshot
 * (an evaluation file) keeps one `datasetRows` record per row at every version, so this version has no
 * step in MIGRATIONS: the store makes pieces when it writes rows and rows when it reads them. This is
 * the step the database upgrade applies to the stored rows, a dataset at a time.
 */

const isCell = (value: unknown): value is CellValue => value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && !Number.isNaN(value));

/**
 * A stored v11 row as a DatasetRow, or null when v11 could not have read it: a row without string ids or
 * a whole index is in no [datasetId+index] entry, and every v11 reader of rows went through that index.
 * A missing line, key or project is read as v11's readers read it (0, null, null); a cell of no table
 * type as null.
 */
function rowOf(record: StoredRecord): DatasetRow | null {
  const { id, datasetId, evaluationId, index, line, values, key, projectId } = record;
  if (typeof id !== 'string' || typeof datasetId !== 'string' || typeof evaluationId !== 'string' || typeof index !== 'number' || !Number.isInteger(index) || index < 0) return null;
  return {
    id,
    datasetId,
    evaluationId,
    index,
    line: typeof line === 'number' ? line : 0,
    values: Array.isArray(values) ? values.map((value: unknown) => (isCell(value) ? value : null)) : [],
    key: typeof key === 'string' ? key : null,
    projectId: typeof projectId === 'string' ? projectId : null,
  };
}

/** Stored v11 rows (of any datasets, in any order) as the v12 pieces that hold them. */
export function datasetRowsToPieces(records: readonly StoredRecord[]): StoredRecord[] {
  const rows = records.filter(isRecord).flatMap((record) => {
    const row = rowOf(record);
    return row ? [row] : [];
  });
  return rowsToPieces(rows).map((piece) => ({ ...piece }));
}
