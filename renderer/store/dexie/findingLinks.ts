import { findingsAfterDeletions, type DeletedForFindings, type FindingChange } from '../../../shared/coding/findingCascade';
import type { Finding, Id, Recommendation } from '../../../shared/domain';
import type { SparbarDatabase } from './db';

/**
 * The changes to findings and recommendations that deletions bring (links removed), read through their
 * indexes. Call inside a transaction with db.findings and db.recommendations in it.
 */
export async function findingLinksAfter(db: SparbarDatabase, deleted: DeletedForFindings, now: string): Promise<FindingChange[]> {
  const findings = new Map<Id, Finding>();
  const recommendations = new Map<Id, Recommendation>();
  const addFindings = (list: Finding[]) => list.forEach((f) => findings.set(f.id, f));
  const ids = (set: ReadonlySet<Id> | undefined) => [...(set ?? [])];
  if (deleted.judgementIds?.size) addFindings(await db.findings.where('judgementIds').anyOf(ids(deleted.judgementIds)).toArray());
  if (deleted.segmentIds?.size) addFindings(await db.findings.where('segmentIds').anyOf(ids(deleted.segmentIds)).toArray());
  if (deleted.dataCodingIds?.size) addFindings(await db.findings.where('dataCodingIds').anyOf(ids(deleted.dataCodingIds)).toArray());
  if (deleted.findingIds?.size) (await db.recommendations.where('findingIds').anyOf(ids(deleted.findingIds)).toArray()).forEach((r) => recommendations.set(r.id, r));
  return findingsAfterDeletions([...findings.values()], [...recommendations.values()], deleted, now);
}

/** For deletions that are not undoable steps: writes what findingLinksAfter says. */
export async function dropFindingLinks(db: SparbarDatabase, deleted: DeletedForFindings, now: string): Promise<void> {
  for (const change of await findingLinksAfter(db, deleted, now)) {
    if (change.table === 'findings') await db.findings.put(change.after);
    else await db.recommendations.put(change.after);
  }
}
