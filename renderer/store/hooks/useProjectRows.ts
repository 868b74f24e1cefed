import type { DatasetRow, Id } from '../../../shared/domain';
import type { Repositories } from '../dexie/repositories';
import { useStoreQuery } from './useStoreQuery';

/** A project's rows in every dataset (undefined while loading). */
export function useProjectRows(repos: Repositories, projectId: Id): DatasetRow[] | undefined {
  return useStoreQuery(() => repos.datasets.rowsOfProject(projectId), [projectId, repos]);
}
