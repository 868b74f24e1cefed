import { sameRecord } from '../../base/sameRecord';
import type { StoredRecord } from '../../migrations';
import { text } from './idMap';
import { idsOf, joinIds } from './matchRecords';
import type { MergeChoices, MergePlan, MergeWrites } from './mergePlan';

/** The links a matched record's table joins. */
const LINKS: Readonly<Record<string, readonly string[]>> = {
  segments: [],
  judgements: ['segmentIds', 'dataCodingIds'],
  findings: ['judgementIds', 'segmentIds', 'dataCodingIds'],
  recommendations: ['findingIds'],
};

/**
 * The records a merge writes, given the evaluator's choice per conflict (none: mine): every record the
 * plan adds, and each matched record with its links joined and the fields chosen "theirs" taken from
 * theirs (its `updatedAt` the later of the two). A matched record that comes out as mine is not written.
 */
export function applyMerge(plan: MergePlan, choices: MergeChoices): MergeWrites {
  const changed: MergeWrites['changed'] = [];
  for (const { table, mine, theirs } of plan.matched) {
    const after: Record<string, unknown> = { ...mine };
    for (const field of LINKS[table] ?? []) if (Array.isArray(mine[field])) after[field] = joinIds(idsOf(mine, field), idsOf(theirs, field));
    for (const conflict of plan.conflicts) {
      if (conflict.table === table && conflict.id === text(mine, 'id') && choices[conflict.key] === 'theirs') after[conflict.field] = conflict.theirs;
    }
    if (sameRecord(after, mine)) continue;
    const times = [text(mine, 'updatedAt'), text(theirs, 'updatedAt')].sort();
    if (typeof mine.updatedAt === 'string') after.updatedAt = times[1];
    changed.push({ table, before: mine, after: after as StoredRecord });
  }
  return { evaluationId: plan.evaluationId, added: plan.added, changed };
}
