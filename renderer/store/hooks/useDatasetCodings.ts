import type { DataCoding, Id } from '../../../shared/domain';
import type { Repositories } from '../dexie/repositories';
import { useStoreQuery } from './useStoreQuery';

/** The coded rows and cells of a dataset (undefined while loading). */
export function useDatasetCodings(repos: Repositories, datasetId: Id): DataCoding[] | undefined {
  return useStoreQuery(() => repos.datasets.codings(datasetId), [datasetId, repos]);
}
