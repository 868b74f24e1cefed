import type { Code, Id } from '../domain';
import type { RecordChange } from './changeSet';
import { subtreeIds } from './codeTree';
import { recodeEvidence, type Evidence } from './evidence';

/** What deleting a code would affect, for the confirmation. */
export interface DeleteImpact {
  /** The code and the codes below it. */
  codeCount: number;
  /** Evidence that loses one or more of the deleted codes. */
  evidenceCount: number;
  /** Evidence left with no code at all (kept, listed as uncoded). */
  uncodedCount: number;
}

/**
 * Deletes a code with the codes below it. Evidence keeps its other codes; evidence left with none is kept
 * and listed as uncoded.
 */
export function deleteCode(codes: readonly Code[], evidence: readonly Evidence[], codeId: Id, now: string): { changes: RecordChange[]; impact: DeleteImpact } {
  const removed = subtreeIds(codes, codeId);
  const changes: RecordChange[] = [];
  let evidenceCount = 0;
  let uncodedCount = 0;
  for (const item of evidence) {
    if (!item.record.codeIds.some((id) => removed.has(id))) continue;
    const kept = item.record.codeIds.filter((id) => !removed.has(id));
    evidenceCount++;
    if (kept.length === 0) uncodedCount++;
    const change = recodeEvidence(item, kept, now);
    if (change) changes.push(change);
  }
  for (const code of codes) if (removed.has(code.id)) changes.push({ table: 'codes', id: code.id, before: code, after: null });
  return { changes, impact: { codeCount: removed.size, evidenceCount, uncodedCount } };
}
