import type { Dataset, Id } from '../../../shared/domain';
import type { Repositories } from '../dexie/repositories';
import { useStoreQuery } from './useStoreQuery';

/** One dataset: null when there is none, undefined while loading. */
export function useDataset(repos: Repositories, datasetId: Id): Dataset | null | undefined {
  return useStoreQuery(async () => (await repos.datasets.get(datasetId)) ?? null, [datasetId, repos]);
}
