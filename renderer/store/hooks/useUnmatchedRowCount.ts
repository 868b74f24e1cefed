import type { Id } from '../../../shared/domain';
import type { Repositories } from '../dexie/repositories';
import { useStoreQuery } from './useStoreQuery';

/** How many rows of a dataset match no project (undefined while loading). */
export function useUnmatchedRowCount(repos: Repositories, datasetId: Id): number | undefined {
  return useStoreQuery(async () => (await repos.datasets.unmatchedKeys(datasetId)).reduce((sum, key) => sum + key.rows, 0), [datasetId, repos]);
}
