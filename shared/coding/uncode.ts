import type { EvidenceJudgement, Id } from '../domain';
import { isUnjudged } from './judgement';

/**
 * A segment or table coding with one code taken off. Left with no code, it goes (null) when it holds no
 * judgement: nothing is lost, and the step can be undone. One with a memo, strength or direction is kept
 * as uncoded. Unchanged (the same record) when it lacks the code.
 */
export function withoutCode<T extends EvidenceJudgement & { codeIds: Id[]; updatedAt: string }>(record: T, codeId: Id, now: string): T | null {
  if (!record.codeIds.includes(codeId)) return record;
  const codeIds = record.codeIds.filter((id) => id !== codeId);
  return codeIds.length === 0 && isUnjudged(record) ? null : { ...record, codeIds, updatedAt: now };
}
