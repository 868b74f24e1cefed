import type { Id, Segment } from '../../../shared/domain';
import type { Repositories } from '../dexie/repositories';
import { useStoreQuery } from './useStoreQuery';

/** The coded passages of these documents, kept live (undefined while loading). */
export function useSegmentsOfDocuments(repos: Repositories, documentIds: readonly Id[]): Segment[] | undefined {
  // The key stands for the ids: the query reruns when they change, not on every new array.
  const key = [...documentIds].sort().join('\u0000');
  return useStoreQuery(() => repos.segments.listByDocuments(key === '' ? [] : key.split('\u0000')), [key, repos]);
}
