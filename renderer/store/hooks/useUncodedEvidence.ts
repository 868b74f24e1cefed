import type { DataCoding, Id, Segment } from '../../../shared/domain';
import type { Repositories } from '../dexie/repositories';
import { useStoreQuery } from './useStoreQuery';

/** Evidence left without a code: passages and table rows or cells (undefined while loading). */
export function useUncodedEvidence(repos: Repositories, evaluationId: Id): { segments: Segment[]; dataCodings: DataCoding[] } | undefined {
  return useStoreQuery(() => repos.coding.uncoded(evaluationId), [evaluationId, repos]);
}
