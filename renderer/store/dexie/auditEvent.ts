import type { AuditAction, Id } from '../../../shared/domain';
import { coderName } from './changeWriter';
import type { SparbarDatabase } from './db';
import type { RepositoryDeps } from './deps';

/** The tables a logged event writes besides its own: the log, and the settings the coder's name is read from. */
export function auditTables(db: SparbarDatabase) {
  return [db.auditLog, db.settings];
}

/**
 * Writes one line in the audit log for a write that is not an undoable step (an import, a deletion, a
 * register import): what, when, by whom, and a summary naming it (a title, a file name), never words of a
 * language. Call inside the write's transaction, over `auditTables(db)` too, so the line lands with it.
 */
export async function logEvent(db: SparbarDatabase, deps: Pick<RepositoryDeps, 'newId' | 'now'>, event: { evaluationId: Id; action: AuditAction; summary: string; segmentIds?: Id[] }): Promise<void> {
  await db.auditLog.add({
    id: deps.newId(),
    evaluationId: event.evaluationId,
    at: deps.now(),
    coder: await coderName(db),
    action: event.action,
    of: null,
    codeIds: [],
    segmentIds: event.segmentIds ?? [],
    dataCodingIds: [],
    summary: event.summary,
  });
}
