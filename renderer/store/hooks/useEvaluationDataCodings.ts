import type { DataCoding, Id } from '../../../shared/domain';
import type { Repositories } from '../dexie/repositories';
import { useStoreQuery } from './useStoreQuery';

/** Every coded table row and cell of an evaluation (undefined while loading). */
export function useEvaluationDataCodings(repos: Repositories, evaluationId: Id): DataCoding[] | undefined {
  return useStoreQuery(() => repos.datasets.codingsOfEvaluation(evaluationId), [evaluationId, repos]);
}
