import { judgementsAfterDeletions, type Deleted } from '../../../shared/coding/judgementCascade';
import type { Id, Judgement } from '../../../shared/domain';
import type { SparbarDatabase } from './db';
import { dropFindingLinks } from './findingLinks';

/**
 * For the deletions that are not undoable steps (a project, document or dataset removed): deletes the
 * judgements of deleted projects and removes links to deleted passages and table codings, from judgements
 * and from findings (and findings' links to the deleted judgements). Call inside the deleting transaction,
 * with db.judgements, db.findings and db.recommendations in it, before the evidence is deleted or after:
 * it reads only judgements and findings.
 */
export async function dropJudgementLinks(db: SparbarDatabase, deleted: Deleted, now: string): Promise<void> {
  const affected = new Map<Id, Judgement>();
  const add = (list: Judgement[]) => list.forEach((j) => affected.set(j.id, j));
  if (deleted.projectIds) for (const id of deleted.projectIds) add(await db.judgements.where('subject.projectId').equals(id).toArray());
  if (deleted.segmentIds?.size) add(await db.judgements.where('segmentIds').anyOf([...deleted.segmentIds]).toArray());
  if (deleted.dataCodingIds?.size) add(await db.judgements.where('dataCodingIds').anyOf([...deleted.dataCodingIds]).toArray());
  const judgementIds = new Set<Id>();
  for (const change of judgementsAfterDeletions([...affected.values()], deleted, now)) {
    if (change.after === null) {
      judgementIds.add(change.id);
      await db.judgements.delete(change.id);
    } else await db.judgements.put(change.after as Judgement);
  }
  await dropFindingLinks(db, { judgementIds, segmentIds: deleted.segmentIds, dataCodingIds: deleted.dataCodingIds }, now);
}
