import type { Id, Segment } from '../../../shared/domain';
import type { Repositories } from '../dexie/repositories';
import { useStoreQuery } from './useStoreQuery';

/** Every coded passage of an evaluation (undefined while loading). */
export function useEvaluationSegments(repos: Repositories, evaluationId: Id): Segment[] | undefined {
  return useStoreQuery(() => repos.segments.listByEvaluation(evaluationId), [evaluationId, repos]);
}
