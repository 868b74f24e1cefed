import { judgementsAfterDeletions, type Deleted } from '../../../shared/coding/judgementCascade';
import type { Id, Judgement } from '../../../shared/domain';
import type { SparbarDatabase } from './db';

/**
 * For the deletions that are not undoable steps (a project, document or dataset removed): deletes the
 * judgements of deleted projects and removes links to deleted passages and table codings. Call inside the
 * deleting transaction, with db.judgements in it, before the evidence is deleted or after: it reads only
 * judgements.
 */
export async function dropJudgementLinks(db: SparbarDatabase, deleted: Deleted, now: string): Promise<void> {
  const affected = new Map<Id, Judgement>();
  const add = (list: Judgement[]) => list.forEach((j) => affected.set(j.id, j));
  if (deleted.projectIds) for (const id of deleted.projectIds) add(await db.judgements.where('subject.projectId').equals(id).toArray());
  if (deleted.segmentIds?.size) add(await db.judgements.where('segmentIds').anyOf([...deleted.segmentIds]).toArray());
  if (deleted.dataCodingIds?.size) add(await db.judgements.where('dataCodingIds').anyOf([...deleted.dataCodingIds]).toArray());
  for (const change of judgementsAfterDeletions([...affected.values()], deleted, now)) {
    if (change.after === null) await db.judgements.delete(change.id);
    else await db.judgements.put(change.after as Judgement);
  }
}
