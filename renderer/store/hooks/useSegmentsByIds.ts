import type { Id, Segment } from '../../../shared/domain';
import type { Repositories } from '../dexie/repositories';
import { useStoreQuery } from './useStoreQuery';

/** The coded passages of these ids that exist, kept live (undefined while loading). */
export function useSegmentsByIds(repos: Repositories, ids: readonly Id[]): Segment[] | undefined {
  // The key stands for the ids: the query reruns when they change, not on every new array.
  const key = ids.join('\u0000');
  return useStoreQuery(() => repos.segments.getMany(key === '' ? [] : key.split('\u0000')), [key, repos]);
}
