import type { Id } from '../../../shared/domain';
import type { Repositories } from '../dexie/repositories';
import { useStoreQuery } from './useStoreQuery';

export type RegisterImportSummary = Awaited<ReturnType<Repositories['projects']['lastRegisterImport']>>;

/** The evaluation's last register import that can be undone: null when there is none, undefined while loading. */
export function useLastRegisterImport(repos: Repositories, evaluationId: Id): RegisterImportSummary | undefined {
  return useStoreQuery(() => repos.projects.lastRegisterImport(evaluationId), [evaluationId, repos]);
}
