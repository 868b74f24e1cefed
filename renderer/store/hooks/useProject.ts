import type { Id, Project } from '../../../shared/domain';
import type { Repositories } from '../dexie/repositories';
import { useStoreQuery } from './useStoreQuery';

/** One project: null when there is none (or no id yet), undefined while loading. */
export function useProject(repos: Repositories, projectId: Id | undefined): Project | null | undefined {
  return useStoreQuery(async () => (projectId === undefined ? null : ((await repos.projects.get(projectId)) ?? null)), [projectId, repos]);
}
