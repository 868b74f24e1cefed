import type { Id, Project } from '../../../shared/domain';
import type { Repositories } from '../dexie/repositories';
import { useStoreQuery } from './useStoreQuery';

/** The evaluation's project register (undefined while loading). */
export function useProjects(repos: Repositories, evaluationId: Id): Project[] | undefined {
  return useStoreQuery(() => repos.projects.list(evaluationId), [evaluationId, repos]);
}
