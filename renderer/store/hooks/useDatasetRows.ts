import type { DatasetRow, Id } from '../../../shared/domain';
import type { Repositories } from '../dexie/repositories';
import { useStoreQuery } from './useStoreQuery';

/** A dataset's rows (undefined while loading). */
export function useDatasetRows(repos: Repositories, datasetId: Id): DatasetRow[] | undefined {
  return useStoreQuery(() => repos.datasets.rows(datasetId), [datasetId, repos]);
}
