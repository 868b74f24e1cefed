import type { Id, Segment } from '../../../shared/domain';
import type { Repositories } from '../dexie/repositories';
import { useStoreQuery } from './useStoreQuery';

/**
 * The evaluation's coded passages that carry any of the codes, each once (undefined while loading, or
 * while there are no codes to ask for: null).
 */
export function useSegmentsWithCodes(repos: Repositories, evaluationId: Id, codeIds: readonly Id[] | null): Segment[] | undefined {
  // The key stands for the codes: the query reruns when they change, not on every new array.
  const idsKey = codeIds?.join('\u0000') ?? null;
  return useStoreQuery(async () => {
    if (idsKey === null) return undefined;
    const lists = await Promise.all(idsKey.split('\u0000').map((id) => repos.coding.segmentsWithCode(id)));
    const byId = new Map(lists.flat().map((segment) => [segment.id, segment]));
    return [...byId.values()].filter((segment) => segment.evaluationId === evaluationId);
  }, [evaluationId, idsKey, repos]);
}
