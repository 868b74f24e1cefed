import type { Id } from '../../../shared/domain';
import type { EvaluationContents } from '../dexie/evaluationsRepo';
import type { Repositories } from '../dexie/repositories';
import { useStoreQuery } from './useStoreQuery';

/** How much an evaluation holds (undefined while loading). */
export function useEvaluationContents(repos: Repositories, evaluationId: Id): EvaluationContents | undefined {
  return useStoreQuery(() => repos.evaluations.contents(evaluationId), [evaluationId, repos]);
}
