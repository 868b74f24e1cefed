import type { IsoTimestamp, Segment } from '../domain';

/** The marks the evaluator sets on passages for the report; a mark not given is left as it is. */
export interface ReportMarks {
  inReport?: boolean;
  memoInReport?: boolean;
}

/** Whether a passage's memo can go into the report: it has one. */
export function hasReportableMemo(segment: Pick<Segment, 'memo'>): boolean {
  return segment.memo.trim() !== '';
}

/**
 * A passage with the marks laid on, or null when they change nothing. A mark set to false is removed (absent
 * means false, as older passages have it). The memo can only be marked when the passage has one: asked to
 * mark a passage without a memo, that mark is left off.
 */
export function withReportMarks(segment: Segment, marks: ReportMarks, now: IsoTimestamp): Segment | null {
  const inReport = marks.inReport ?? segment.inReport === true;
  const memoInReport = (marks.memoInReport ?? segment.memoInReport === true) && (marks.memoInReport !== true || hasReportableMemo(segment));
  if (inReport === (segment.inReport === true) && memoInReport === (segment.memoInReport === true)) return null;
  const { inReport: _in, memoInReport: _memo, ...rest } = segment;
  return { ...rest, ...(inReport ? { inReport: true } : {}), ...(memoInReport ? { memoInReport: true } : {}), updatedAt: now };
}
