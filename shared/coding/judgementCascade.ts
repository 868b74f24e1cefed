import type { Id, Judgement } from '../domain';
import type { RecordChange } from './changeSet';

/** What went away: passages, table codings, codes (a judgement's criterion) and projects (its subject). */
export interface Deleted {
  segmentIds?: ReadonlySet<Id>;
  dataCodingIds?: ReadonlySet<Id>;
  codeIds?: ReadonlySet<Id>;
  projectIds?: ReadonlySet<Id>;
}

const none: ReadonlySet<Id> = new Set();

/**
 * What deletions do to judgements: a judgement of a deleted criterion or of a deleted project goes with
 * it; a link to a deleted passage or table coding is removed (the judgement stays, perhaps now resting on
 * no evidence). Returned as changes, so an undoable step takes them back with the deletion.
 */
export function judgementsAfterDeletions(judgements: readonly Judgement[], deleted: Deleted, now: string): RecordChange[] {
  const { segmentIds = none, dataCodingIds = none, codeIds = none, projectIds = none } = deleted;
  const changes: RecordChange[] = [];
  for (const judgement of judgements) {
    if (codeIds.has(judgement.criterionCodeId) || (judgement.subject.kind === 'project' && projectIds.has(judgement.subject.projectId))) {
      changes.push({ table: 'judgements', id: judgement.id, before: judgement, after: null });
      continue;
    }
    const segments = judgement.segmentIds.filter((id) => !segmentIds.has(id));
    const codings = judgement.dataCodingIds.filter((id) => !dataCodingIds.has(id));
    if (segments.length === judgement.segmentIds.length && codings.length === judgement.dataCodingIds.length) continue;
    changes.push({ table: 'judgements', id: judgement.id, before: judgement, after: { ...judgement, segmentIds: segments, dataCodingIds: codings, updatedAt: now } });
  }
  return changes;
}

/** The passages, table codings and codes a step's changes delete. */
export function deletedBy(changes: readonly RecordChange[]): { segmentIds: Set<Id>; dataCodingIds: Set<Id>; codeIds: Set<Id> } {
  const deleted = { segmentIds: new Set<Id>(), dataCodingIds: new Set<Id>(), codeIds: new Set<Id>() };
  for (const change of changes) {
    if (change.before === null || change.after !== null) continue;
    if (change.table === 'segments') deleted.segmentIds.add(change.id);
    else if (change.table === 'dataCodings') deleted.dataCodingIds.add(change.id);
    else if (change.table === 'codes') deleted.codeIds.add(change.id);
  }
  return deleted;
}
