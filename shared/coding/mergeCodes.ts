import type { Code, Id } from '../domain';
import type { RecordChange } from './changeSet';
import { childrenOf, subtreeIds } from './codeTree';
import { recodeEvidence, type Evidence } from './evidence';

export type MergeProblem = 'same' | 'intoOwnChild' | 'missing' | 'otherFramework';

/**
 * Merges a code into another: its evidence gets the target instead (once, where it had both), its child
 * codes move under the target after the target's own, and the code is removed.
 */
export function mergeCodes(
  codes: readonly Code[],
  evidence: readonly Evidence[],
  sourceId: Id,
  targetId: Id,
  now: string,
): { ok: true; changes: RecordChange[]; evidenceCount: number } | { ok: false; problem: MergeProblem } {
  const source = codes.find((code) => code.id === sourceId);
  const target = codes.find((code) => code.id === targetId);
  if (!source || !target) return { ok: false, problem: 'missing' };
  if (sourceId === targetId) return { ok: false, problem: 'same' };
  if (subtreeIds(codes, sourceId).has(targetId)) return { ok: false, problem: 'intoOwnChild' };
  // Child codes stay within their framework, as with moves; a code without children may merge anywhere.
  const hasChildren = codes.some((code) => code.parentId === sourceId);
  if (hasChildren && source.frameworkId !== target.frameworkId) return { ok: false, problem: 'otherFramework' };
  const changes: RecordChange[] = [];
  let evidenceCount = 0;
  for (const item of evidence) {
    if (!item.record.codeIds.includes(sourceId)) continue;
    evidenceCount++;
    const codeIds: Id[] = [];
    for (const id of item.record.codeIds) {
      const next = id === sourceId ? targetId : id;
      if (!codeIds.includes(next)) codeIds.push(next);
    }
    const change = recodeEvidence(item, codeIds, now);
    if (change) changes.push(change);
  }
  let order = childrenOf(codes, targetId, target.frameworkId).reduce((max, code) => Math.max(max, code.order), -1) + 1;
  for (const child of childrenOf(codes, sourceId, source.frameworkId)) {
    changes.push({ table: 'codes', id: child.id, before: child, after: { ...child, parentId: targetId, order: order++ } });
  }
  changes.push({ table: 'codes', id: source.id, before: source, after: null });
  return { ok: true, changes, evidenceCount };
}
