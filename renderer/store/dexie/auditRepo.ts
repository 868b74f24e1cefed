import { Dexie } from 'dexie';
import type { AuditEntry, Id } from '../../../shared/domain';
import type { SparbarDatabase } from './db';

/** The audit log of an evaluation, newest first. */
export function createAuditRepo(db: SparbarDatabase) {
  return {
    list(evaluationId: Id, limit = 2000): Promise<AuditEntry[]> {
      return db.auditLog.where('[evaluationId+at]').between([evaluationId, Dexie.minKey], [evaluationId, Dexie.maxKey]).reverse().limit(limit).toArray();
    },
    /** When the newest entry of the evaluation's log was written, or null when it has none. */
    async latestAt(evaluationId: Id): Promise<string | null> {
      const newest = await db.auditLog.where('[evaluationId+at]').between([evaluationId, Dexie.minKey], [evaluationId, Dexie.maxKey]).last();
      return newest?.at ?? null;
    },
  };
}

export type AuditRepo = ReturnType<typeof createAuditRepo>;
