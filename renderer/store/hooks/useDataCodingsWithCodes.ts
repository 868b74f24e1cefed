import type { DataCoding, Id } from '../../../shared/domain';
import type { Repositories } from '../dexie/repositories';
import { useStoreQuery } from './useStoreQuery';

/**
 * The evaluation's coded table rows and cells that carry any of the codes (undefined while loading, or
 * while there are no codes to ask for: null).
 */
export function useDataCodingsWithCodes(repos: Repositories, evaluationId: Id, codeIds: readonly Id[] | null): DataCoding[] | undefined {
  // The key stands for the codes: the query reruns when they change, not on every new array.
  const idsKey = codeIds?.join('\u0000') ?? null;
  return useStoreQuery(async () => {
    if (idsKey === null) return undefined;
    const ids = new Set(idsKey.split('\u0000'));
    return (await repos.datasets.codingsOfEvaluation(evaluationId)).filter((coding) => coding.codeIds.some((id) => ids.has(id)));
  }, [evaluationId, idsKey, repos]);
}
