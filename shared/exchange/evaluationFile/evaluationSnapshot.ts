import type { Snapshot, StoredRecord } from '../../migrations';

/**
 * One evaluation's records by table (the tables of EVALUATION_TABLES), in the `Snapshot` shape that
 * migrateSnapshot migrates. The one difference from the store: an `originals` record carries the file's
 * bytes as `bytes` (a Uint8Array) where the store keeps a Blob.
 */
export type EvaluationSnapshot = Snapshot;

export interface OriginalRecord {
  documentId: string;
  evaluationId: string;
  bytes: Uint8Array;
}

export function isOriginalRecord(record: StoredRecord): record is StoredRecord & OriginalRecord {
  return typeof record.documentId === 'string' && typeof record.evaluationId === 'string' && record.bytes instanceof Uint8Array;
}

/** The one evaluation a snapshot holds; throws when it holds none or several (the caller's mistake). */
export function theEvaluation(snapshot: EvaluationSnapshot): StoredRecord & { id: string; title: string } {
  const evaluations = snapshot.tables.evaluations ?? [];
  const [evaluation] = evaluations;
  if (evaluations.length !== 1 || !evaluation || typeof evaluation.id !== 'string') throw new RangeError('An evaluation file holds exactly one evaluation');
  return { ...evaluation, id: evaluation.id, title: typeof evaluation.title === 'string' ? evaluation.title : '' };
}

/** Typed records (an interface has no index signature) as the plain records of a snapshot. */
export function storedRecords(records: readonly object[]): StoredRecord[] {
  return records as StoredRecord[];
}
