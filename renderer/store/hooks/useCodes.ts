import type { Code, Id } from '../../../shared/domain';
import type { Repositories } from '../dexie/repositories';
import { useStoreQuery } from './useStoreQuery';

/** The evaluation's codebook (undefined while loading). */
export function useCodes(repos: Repositories, evaluationId: Id): Code[] | undefined {
  return useStoreQuery(() => repos.codes.list(evaluationId), [evaluationId, repos]);
}
