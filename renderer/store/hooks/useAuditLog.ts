import type { AuditEntry, Id } from '../../../shared/domain';
import type { Repositories } from '../dexie/repositories';
import { useStoreQuery } from './useStoreQuery';

/** The evaluation's audit log, newest first (undefined while loading). */
export function useAuditLog(repos: Repositories, evaluationId: Id): AuditEntry[] | undefined {
  return useStoreQuery(() => repos.audit.list(evaluationId), [evaluationId, repos]);
}
