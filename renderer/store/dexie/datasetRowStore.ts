import { Dexie, type Collection } from 'dexie';
import { pieceOfRow, piecesToRows, relinkPiece, rowInPiece, rowsToPieces, tableCellsToPieces, tableRowsToPieces, type CellValue, type DatasetRow, type DatasetRowPiece, type Id, type KeptRows } from '../../../shared/domain';
import type { SparbarDatabase } from './db';

/**
 * A dataset's rows as rows to their readers and writers, kept as pieces (schema v12,
 * shared/domain/datasetRowPiece.ts). The only code that touches `datasetRowPieces`; every function runs
 * in the caller's transaction when there is one, which must include the table.
 */

/** Where a row is: its dataset and index find its piece, its id the row in it. */
export type DatasetRowRef = Pick<DatasetRow, 'id' | 'datasetId' | 'index'>;

const ofDataset = (db: SparbarDatabase, datasetId: Id) => db.datasetRowPieces.where('[datasetId+index]').between([datasetId, Dexie.minKey], [datasetId, Dexie.maxKey]);

/** A dataset's rows in file order. */
export async function readRows(db: SparbarDatabase, datasetId: Id): Promise<DatasetRow[]> {
  return piecesToRows(await ofDataset(db, datasetId).toArray());
}

/** The rows of every dataset of an evaluation (each dataset's in file order). */
export async function readRowsOfEvaluation(db: SparbarDatabase, evaluationId: Id): Promise<DatasetRow[]> {
  const pieces = await db.datasetRowPieces.where('evaluationId').equals(evaluationId).toArray();
  return piecesToRows(pieces.sort((a, b) => (a.datasetId < b.datasetId ? -1 : a.datasetId > b.datasetId ? 1 : a.index - b.index)));
}

/**
 * A dataset's pieces in file order, each its own request (so no one task clones them all), each given to
 * `onPiece`; true when all were read, false when `onPiece` said stop.
 */
export async function readPiecesInOrder(db: SparbarDatabase, datasetId: Id, onPiece: (piece: DatasetRowPiece) => boolean | Promise<boolean>): Promise<boolean> {
  let after: number | null = null;
  for (;;) {
    const lower: [Id, number] = [datasetId, after ?? -Infinity];
    const piece: DatasetRowPiece | undefined = await db.datasetRowPieces.where('[datasetId+index]').between(lower, [datasetId, Infinity], after === null, true).first();
    if (!piece) return true;
    if (!(await onPiece(piece))) return false;
    after = piece.index;
  }
}

/** The rows of every dataset that belong to a project, through the pieces' `projectIds` index. */
export async function readRowsOfProject(db: SparbarDatabase, projectId: Id): Promise<DatasetRow[]> {
  const pieces = await db.datasetRowPieces.where('projectIds').equals(projectId).toArray();
  return piecesToRows(pieces).filter((row) => row.projectId === projectId);
}

/** Whether any row of any dataset belongs to the project. */
export async function projectHasRows(db: SparbarDatabase, projectId: Id): Promise<boolean> {
  return (await db.datasetRowPieces.where('projectIds').equals(projectId).count()) > 0;
}

/** One row where it is (one piece read), or undefined when no row of that id is there. */
export async function readRow(db: SparbarDatabase, ref: DatasetRowRef): Promise<DatasetRow | undefined> {
  const piece = await db.datasetRowPieces.get([ref.datasetId, pieceOfRow(ref.index)]);
  return piece && rowInPiece(piece, ref.id);
}

/**
 * Stores rows (of any datasets) as their pieces, adding: a piece already stored is an error. The writes
 * are all issued at once, not each after the one before has succeeded.
 */
export async function addRows(db: SparbarDatabase, rows: readonly DatasetRow[]): Promise<void> {
  const pieces = rowsToPieces(rows);
  if (pieces.length > 0) await db.datasetRowPieces.bulkAdd(pieces);
}

/** Stores a new dataset's rows from its table (row i at index i) as their pieces, adding. */
export async function addTableRows(db: SparbarDatabase, target: { datasetId: Id; evaluationId: Id }, rows: readonly { values: CellValue[]; line: number }[], row: Parameters<typeof tableRowsToPieces>[2]): Promise<void> {
  const pieces = tableRowsToPieces(target, rows, row);
  if (pieces.length > 0) await db.datasetRowPieces.bulkAdd(pieces);
}

/** Stores a new dataset's rows from its cells column by column (row i at index i) as their pieces, adding. */
export async function addTableCells(db: SparbarDatabase, target: { datasetId: Id; evaluationId: Id }, kept: KeptRows, row: Parameters<typeof tableCellsToPieces>[2]): Promise<void> {
  const pieces = tableCellsToPieces(target, kept, row);
  if (pieces.length > 0) await db.datasetRowPieces.bulkAdd(pieces);
}

/** Deletes every row of a dataset. */
export async function deleteRows(db: SparbarDatabase, datasetId: Id): Promise<void> {
  await ofDataset(db, datasetId).delete();
}

/**
 * Gives the rows of the pieces a collection selects the project `projectOf` decides (from a row's key and
 * project), writing only the pieces that changed; the ids of the rows whose project changed.
 */
async function relink(db: SparbarDatabase, pieces: Collection<DatasetRowPiece>, projectOf: (key: string | null, projectId: Id | null) => Id | null): Promise<Id[]> {
  const changed: DatasetRowPiece[] = [];
  const rowIds: Id[] = [];
  for (const piece of await pieces.toArray()) {
    const relinked = relinkPiece(piece, projectOf);
    if (!relinked) continue;
    changed.push(relinked.piece);
    rowIds.push(...relinked.rowIds);
  }
  if (changed.length > 0) await db.datasetRowPieces.bulkPut(changed);
  return rowIds;
}

/** Relinks the rows of an evaluation's datasets (a key matched by hand). */
export function relinkRowsOfEvaluation(db: SparbarDatabase, evaluationId: Id, projectOf: (key: string | null, projectId: Id | null) => Id | null): Promise<Id[]> {
  return relink(db, db.datasetRowPieces.where('evaluationId').equals(evaluationId), projectOf);
}

/** Leaves a project's rows unmatched (the project is deleted); the ids of those rows. */
export function unlinkProject(db: SparbarDatabase, projectId: Id): Promise<Id[]> {
  return relink(db, db.datasetRowPieces.where('projectIds').equals(projectId), (_key, current) => (current === projectId ? null : current));
}
