import type { Id } from '../../../shared/domain';
import type { UnmatchedKey } from '../dexie/datasetsRepo';
import type { Repositories } from '../dexie/repositories';
import { useStoreQuery } from './useStoreQuery';

/** The keys of a dataset that match no project (undefined while loading). */
export function useUnmatchedKeys(repos: Repositories, datasetId: Id): UnmatchedKey[] | undefined {
  return useStoreQuery(() => repos.datasets.unmatchedKeys(datasetId), [datasetId, repos]);
}
