import type { CoderWorkRow } from '../../../shared/analysis/coderWork';
import type { Id } from '../../../shared/domain';
import type { Repositories } from '../dexie/repositories';
import { useStoreQuery } from './useStoreQuery';

/** Who has coded what in an evaluation, per coder, kept live (undefined while loading). */
export function useCoderWork(repos: Repositories, evaluationId: Id): CoderWorkRow[] | undefined {
  return useStoreQuery(() => repos.documentCoders.work(evaluationId), [evaluationId, repos]);
}
