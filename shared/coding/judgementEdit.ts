import type { Confidence, Id, Judgement, JudgementSubject, RatingScale } from '../domain';

/** What the evaluator may change of a judgement in one step. */
export interface JudgementPatch {
  rating?: string | null;
  confidence?: Confidence | null;
  justification?: string;
}

/** A new, empty judgement of a criterion for a subject. */
export function newJudgement(fields: { id: Id; evaluationId: Id; subject: JudgementSubject; criterionCodeId: Id; coder: string; now: string }): Judgement {
  const { id, evaluationId, subject, criterionCodeId, coder, now } = fields;
  return { id, evaluationId, subject, criterionCodeId, rating: null, confidence: null, justification: '', segmentIds: [], dataCodingIds: [], coder, createdAt: now, updatedAt: now };
}

/** Whether two subjects are the same project, or both the programme. */
export function sameSubject(a: JudgementSubject, b: JudgementSubject): boolean {
  return a.kind === 'programme' ? b.kind === 'programme' : b.kind === 'project' && a.projectId === b.projectId;
}

/** Thrown when a rating is not a level of the framework's scale. */
export class UnknownRatingError extends Error {
  constructor(rating: string) {
    super(`The rating ${rating} is not on the scale`);
    this.name = 'UnknownRatingError';
  }
}

/** The judgement with the patch laid on (rating checked against the scale); null when nothing changes. */
export function patchJudgement(judgement: Judgement, patch: JudgementPatch, scale: RatingScale, now: string, coder: string): Judgement | null {
  if (patch.rating !== undefined && patch.rating !== null && !scale.levels.some((level) => level.key === patch.rating)) throw new UnknownRatingError(patch.rating);
  const keys = (Object.keys(patch) as (keyof JudgementPatch)[]).filter((key) => patch[key] !== undefined);
  if (keys.every((key) => patch[key] === judgement[key])) return null;
  return { ...judgement, ...Object.fromEntries(keys.map((key) => [key, patch[key]])), coder: coder === '' ? judgement.coder : coder, updatedAt: now };
}

export type EvidenceRef = { kind: 'segment'; id: Id } | { kind: 'dataCoding'; id: Id };

/** The judgement with a piece of evidence linked (linked: true) or unlinked; null when nothing changes. */
export function linkEvidence(judgement: Judgement, evidence: EvidenceRef, linked: boolean, now: string): Judgement | null {
  const field = evidence.kind === 'segment' ? 'segmentIds' : 'dataCodingIds';
  const ids = judgement[field];
  if (ids.includes(evidence.id) === linked) return null;
  const next = linked ? [...ids, evidence.id] : ids.filter((id) => id !== evidence.id);
  return { ...judgement, [field]: next, updatedAt: now };
}

/** Whether a judgement rests on no evidence: no linked passage and no linked table row. */
export function restsOnNoEvidence(judgement: Pick<Judgement, 'segmentIds' | 'dataCodingIds'>): boolean {
  return judgement.segmentIds.length === 0 && judgement.dataCodingIds.length === 0;
}

/** Whether a judgement says nothing at all yet (no rating, confidence, words or evidence). */
export function isEmptyJudgement(judgement: Judgement): boolean {
  return judgement.rating === null && judgement.confidence === null && judgement.justification.trim() === '' && restsOnNoEvidence(judgement);
}
