import type { Id, Judgement, RatingScale } from '../../../shared/domain';
import type { Repositories } from '../dexie/repositories';
import { useStoreQuery } from './useStoreQuery';

/** Every judgement of an evaluation (undefined while loading). */
export function useJudgements(repos: Repositories, evaluationId: Id): Judgement[] | undefined {
  return useStoreQuery(() => repos.judgements.list(evaluationId), [evaluationId, repos]);
}

/** The evaluation's stored rating scales (undefined while loading). */
export function useRatingScales(repos: Repositories, evaluationId: Id): RatingScale[] | undefined {
  return useStoreQuery(() => repos.judgements.scales(evaluationId), [evaluationId, repos]);
}
