import type { Code, Id } from '../domain';
import type { RecordChange } from './changeSet';
import { childrenOf, subtreeIds } from './codeTree';

export type MoveProblem = 'intoItself' | 'otherFramework' | 'missing';

/**
 * Moves a code (with the codes below it) under a new parent, or to the top level of its framework when
 * the parent is null, at a position among the new siblings. Codes stay within their framework, so the
 * results matrix and the factor lists keep their shape; the siblings are renumbered.
 */
export function moveCode(
  codes: readonly Code[],
  codeId: Id,
  parentId: Id | null,
  index: number,
): { ok: true; changes: RecordChange[] } | { ok: false; problem: MoveProblem } {
  const code = codes.find((c) => c.id === codeId);
  const parent = parentId === null ? null : codes.find((c) => c.id === parentId);
  if (!code || parent === undefined) return { ok: false, problem: 'missing' };
  if (parent && subtreeIds(codes, codeId).has(parent.id)) return { ok: false, problem: 'intoItself' };
  if (parent && parent.frameworkId !== code.frameworkId) return { ok: false, problem: 'otherFramework' };
  const siblings = childrenOf(codes, parentId, code.frameworkId).filter((c) => c.id !== codeId);
  const at = Math.max(0, Math.min(index, siblings.length));
  const ordered = [...siblings.slice(0, at), { ...code, parentId }, ...siblings.slice(at)];
  const changes: RecordChange[] = [];
  ordered.forEach((sibling, order) => {
    const before = codes.find((c) => c.id === sibling.id) as Code;
    if (before.order !== order || before.parentId !== sibling.parentId) {
      changes.push({ table: 'codes', id: sibling.id, before, after: { ...before, parentId: sibling.parentId, order } });
    }
  });
  // The old siblings close the gap.
  if (code.parentId !== parentId) {
    childrenOf(codes, code.parentId, code.frameworkId)
      .filter((c) => c.id !== codeId)
      .forEach((sibling, order) => {
        if (sibling.order !== order) changes.push({ table: 'codes', id: sibling.id, before: sibling, after: { ...sibling, order } });
      });
  }
  return { ok: true, changes };
}
