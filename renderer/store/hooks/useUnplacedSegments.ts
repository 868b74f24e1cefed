import type { Id, Segment } from '../../../shared/domain';
import type { Repositories } from '../dexie/repositories';
import { useStoreQuery } from './useStoreQuery';

/** Coded passages that could not be placed in the newer version of their document (undefined while loading). */
export function useUnplacedSegments(repos: Repositories, evaluationId: Id): Segment[] | undefined {
  return useStoreQuery(() => repos.coding.unplaced(evaluationId), [evaluationId, repos]);
}
