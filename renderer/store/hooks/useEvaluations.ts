import type { Evaluation } from '../../../shared/domain';
import type { Repositories } from '../dexie/repositories';
import { useStoreQuery } from './useStoreQuery';

/** Every evaluation on this machine (undefined while loading). */
export function useEvaluations(repos: Repositories): Evaluation[] | undefined {
  return useStoreQuery(() => repos.evaluations.list(), [repos]);
}
