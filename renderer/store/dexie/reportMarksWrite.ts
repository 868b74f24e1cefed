import type { ChangeSet, RecordChange } from '../../../shared/coding/changeSet';
import { withReportMarks, type ReportMarks } from '../../../shared/coding/reportMarks';
import { quoteSummary } from '../../../shared/coding/stepSummary';
import type { Id, Segment } from '../../../shared/domain';
import { reportMarks } from '../../../shared/i18n/ui/reportMarks';
import { commitStep, stepTables } from './changeWriter';
import type { SparbarDatabase } from './db';
import type { RepositoryDeps } from './deps';

/** The audit line of a marking: what was set, the first passage's quote and how many more. */
function marksSummary(changed: readonly Segment[], marks: ReportMarks): string {
  const words = reportMarks.sv.summary;
  const what = marks.inReport !== undefined ? (marks.inReport ? words.in : words.out) : marks.memoInReport ? words.memoIn : words.memoOut;
  const first = changed[0];
  const one = first ? `${what}: ${quoteSummary(first.quote.exact)}` : what;
  return changed.length > 1 ? words.more.replace('{{summary}}', one).replace('{{count}}', String(changed.length - 1)) : one;
}

/**
 * Sets the "I rapporten" marks of passages (the rule is withReportMarks in shared/coding/reportMarks.ts):
 * one transaction, one undoable step (`markForReport`) with its audit line; null when nothing changed.
 * Every passage must belong to one evaluation; ids of passages that do not exist are ignored.
 */
export function createReportMarksWrite(db: SparbarDatabase, deps: RepositoryDeps) {
  return async function setReportMarks(segmentIds: readonly Id[], marks: ReportMarks): Promise<ChangeSet | null> {
    return db.transaction('rw', stepTables(db), async () => {
      const segments = (await db.segments.bulkGet([...new Set(segmentIds)])).filter((s): s is Segment => s !== undefined);
      const [first] = segments;
      if (!first) return null;
      if (segments.some((s) => s.evaluationId !== first.evaluationId)) throw new Error('The passages marked for the report belong to different evaluations');
      const now = deps.now();
      const changes: RecordChange[] = [];
      const changed: Segment[] = [];
      for (const segment of segments) {
        const after = withReportMarks(segment, marks, now);
        if (!after) continue;
        changes.push({ table: 'segments', id: segment.id, before: segment, after });
        changed.push(segment);
      }
      return commitStep(db, deps, { evaluationId: first.evaluationId, action: 'markForReport', summary: marksSummary(changed, marks), changes });
    });
  };
}
