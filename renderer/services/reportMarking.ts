import type { ReportMarks } from '../../shared/coding/reportMarks';
import type { Id } from '../../shared/domain';
import type { Repositories } from '../store';
import { recordStep } from './history';

/** Marks passages for the report (or unmarks them) as one undoable step; says whether anything changed. */
export async function markForReport(repos: Repositories, segmentIds: readonly Id[], marks: ReportMarks): Promise<boolean> {
  const step = await repos.segments.setReportMarks(segmentIds, marks);
  recordStep(step);
  return step !== null;
}
