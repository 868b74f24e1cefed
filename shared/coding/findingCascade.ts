import type { Finding, Id, Recommendation } from '../domain';

/** What went away that findings and recommendations link to. */
export interface DeletedForFindings {
  judgementIds?: ReadonlySet<Id>;
  segmentIds?: ReadonlySet<Id>;
  dataCodingIds?: ReadonlySet<Id>;
  findingIds?: ReadonlySet<Id>;
}

export type FindingChange =
  | { table: 'findings'; id: Id; before: Finding; after: Finding }
  | { table: 'recommendations'; id: Id; before: Recommendation; after: Recommendation };

const none: ReadonlySet<Id> = new Set();

/**
 * What deletions do to findings and recommendations: links to a deleted judgement, passage, table coding
 * or finding are removed; the finding or recommendation stays (a recommendation left with no finding is
 * kept, and warned about as resting on no evidence). Returned as changes, so an undoable step takes them
 * back with the deletion.
 */
export function findingsAfterDeletions(findings: readonly Finding[], recommendations: readonly Recommendation[], deleted: DeletedForFindings, now: string): FindingChange[] {
  const { judgementIds = none, segmentIds = none, dataCodingIds = none, findingIds = none } = deleted;
  const changes: FindingChange[] = [];
  for (const finding of findings) {
    if (findingIds.has(finding.id)) continue;
    const after = {
      judgementIds: finding.judgementIds.filter((id) => !judgementIds.has(id)),
      segmentIds: finding.segmentIds.filter((id) => !segmentIds.has(id)),
      dataCodingIds: finding.dataCodingIds.filter((id) => !dataCodingIds.has(id)),
    };
    if (after.judgementIds.length === finding.judgementIds.length && after.segmentIds.length === finding.segmentIds.length && after.dataCodingIds.length === finding.dataCodingIds.length) continue;
    changes.push({ table: 'findings', id: finding.id, before: finding, after: { ...finding, ...after, updatedAt: now } });
  }
  for (const recommendation of recommendations) {
    const kept = recommendation.findingIds.filter((id) => !findingIds.has(id));
    if (kept.length === recommendation.findingIds.length) continue;
    changes.push({ table: 'recommendations', id: recommendation.id, before: recommendation, after: { ...recommendation, findingIds: kept, updatedAt: now } });
  }
  return changes;
}
