import type { Evaluation, Id } from '../../../shared/domain';
import type { Repositories } from '../dexie/repositories';
import { useStoreQuery } from './useStoreQuery';

/** One evaluation: null when there is none (or no id), undefined while loading. */
export function useEvaluation(repos: Repositories, evaluationId: Id | null): Evaluation | null | undefined {
  return useStoreQuery(async () => (evaluationId ? ((await repos.evaluations.get(evaluationId)) ?? null) : null), [evaluationId, repos]);
}
