import type { Code, Finding, Id, Judgement } from '../domain';
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
  /** Judgements of the deleted codes as criteria, which go with them. */
  judgementCount: number;
  /** Findings that lose their link to one of those judgements (the findings stay). */
  findingCount: number;
}

/**
 * Deletes a code with the codes below it. Evidence keeps its other codes; evidence left with none is kept
 * and listed as uncoded. The judgements of the deleted codes go with them, and findings lose their links
 * to those judgements (the writing step's cascade does that, judgementCascade.ts and findingCascade.ts);
 * `links` only counts them for the confirmation.
 */
export function deleteCode(
  codes: readonly Code[],
  evidence: readonly Evidence[],
  codeId: Id,
  now: string,
  links: { judgements: readonly Judgement[]; findings: readonly Finding[] } = { judgements: [], findings: [] },
): { changes: RecordChange[]; impact: DeleteImpact } {
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
  const lost = new Set(links.judgements.filter((j) => removed.has(j.criterionCodeId)).map((j) => j.id));
  const findingCount = links.findings.filter((f) => f.judgementIds.some((id) => lost.has(id))).length;
  return { changes, impact: { codeCount: removed.size, evidenceCount, uncodedCount, judgementCount: lost.size, findingCount } };
}
