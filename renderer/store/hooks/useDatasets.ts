import type { Dataset, Id } from '../../../shared/domain';
import type { Repositories } from '../dexie/repositories';
import { useStoreQuery } from './useStoreQuery';

/** The evaluation's datasets (undefined while loading). */
export function useDatasets(repos: Repositories, evaluationId: Id): Dataset[] | undefined {
  return useStoreQuery(() => repos.datasets.list(evaluationId), [evaluationId, repos]);
}
