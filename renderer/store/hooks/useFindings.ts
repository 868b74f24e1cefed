import type { Finding, Id, Recommendation } from '../../../shared/domain';
import type { Repositories } from '../dexie/repositories';
import { useStoreQuery } from './useStoreQuery';

/** Every finding of an evaluation (undefined while loading). */
export function useFindings(repos: Repositories, evaluationId: Id): Finding[] | undefined {
  return useStoreQuery(() => repos.findings.list(evaluationId), [evaluationId, repos]);
}

/** Every recommendation of an evaluation (undefined while loading). */
export function useRecommendations(repos: Repositories, evaluationId: Id): Recommendation[] | undefined {
  return useStoreQuery(() => repos.findings.recommendations(evaluationId), [evaluationId, repos]);
}
