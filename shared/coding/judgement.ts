import type { EvidenceJudgement } from '../domain';

/** The part of a judgement the evaluator may change. */
export type JudgementPatch = Partial<Pick<EvidenceJudgement, 'memo' | 'strength' | 'direction'>>;

/** Whether a patch would change nothing of a judgement. */
export function changesNothing(record: EvidenceJudgement, patch: JudgementPatch): boolean {
  return (Object.keys(patch) as (keyof JudgementPatch)[]).every((key) => patch[key] === undefined || patch[key] === record[key]);
}

/** Whether a piece of evidence holds no judgement: no memo, strength or direction. */
export function isUnjudged(record: EvidenceJudgement): boolean {
  return record.memo.trim() === '' && record.strength === null && record.direction === null;
}

/** A segment or table coding with a patch of its judgement laid on; null when the patch changes nothing. */
export function judged<T extends EvidenceJudgement & { updatedAt: string }>(record: T, patch: JudgementPatch, now: string): T | null {
  if (changesNothing(record, patch)) return null;
  return { ...record, ...patch, updatedAt: now };
}
