import type { Id, Recommendation } from '../domain';
import { nextOrder, TitleRequiredError } from './findingEdit';

/** Thrown when a recommendation is saved without a finding to rest on. */
export class FindingRequiredError extends Error {
  constructor() {
    super('A recommendation needs at least one finding');
    this.name = 'FindingRequiredError';
  }
}

/** What the evaluator writes of a recommendation. */
export interface RecommendationFields {
  title: string;
  text: string;
  findingIds: Id[];
}

function checked(fields: RecommendationFields): RecommendationFields {
  const title = fields.title.trim();
  if (title === '') throw new TitleRequiredError();
  const findingIds = [...new Set(fields.findingIds)];
  if (findingIds.length === 0) throw new FindingRequiredError();
  return { title, text: fields.text.trim(), findingIds };
}

/** A new recommendation, last, tied to at least one finding. */
export function newRecommendation(fields: RecommendationFields & { id: Id; evaluationId: Id; now: string }, existing: readonly Recommendation[]): Recommendation {
  const { title, text, findingIds } = checked(fields);
  const order = nextOrder(existing.filter((r) => r.evaluationId === fields.evaluationId));
  return { id: fields.id, evaluationId: fields.evaluationId, order, title, text, findingIds, createdAt: fields.now, updatedAt: fields.now };
}

/** The recommendation with new title, text or findings (at least one); null when nothing changes. */
/** What the evaluator edits of a recommendation. */
export function recommendationFieldsOf(recommendation: Recommendation): RecommendationFields {
  return { title: recommendation.title, text: recommendation.text, findingIds: [...recommendation.findingIds] };
}

export function editRecommendation(recommendation: Recommendation, fields: RecommendationFields, now: string): Recommendation | null {
  const next = checked(fields);
  const same = next.title === recommendation.title && next.text === recommendation.text && next.findingIds.length === recommendation.findingIds.length && next.findingIds.every((id, i) => id === recommendation.findingIds[i]);
  return same ? null : { ...recommendation, ...next, updatedAt: now };
}
