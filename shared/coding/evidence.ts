import type { DataCoding, Id, Segment } from '../domain';
import type { RecordChange } from './changeSet';

/** Evidence of either kind: a coded text passage or a coded table row or cell. */
export type Evidence = { table: 'segments'; record: Segment } | { table: 'dataCodings'; record: DataCoding };

/**
 * The change that gives a piece of evidence new codes. Evidence left with no code is kept (it is listed as
 * uncoded), never dropped: the quote and the evaluator's memo stay.
 */
export function recodeEvidence(evidence: Evidence, codeIds: Id[], now: string): RecordChange | null {
  const before = evidence.record.codeIds;
  if (before.length === codeIds.length && before.every((id, i) => id === codeIds[i])) return null;
  if (evidence.table === 'segments') {
    return { table: 'segments', id: evidence.record.id, before: evidence.record, after: { ...evidence.record, codeIds, updatedAt: now } };
  }
  return { table: 'dataCodings', id: evidence.record.id, before: evidence.record, after: { ...evidence.record, codeIds, updatedAt: now } };
}
