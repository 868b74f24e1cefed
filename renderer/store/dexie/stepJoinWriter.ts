import Dexie from 'dexie';
import type { AuditAction, Id } from '../../../shared/domain';
import type { ChangeSet, RecordChange } from '../../../shared/coding/changeSet';
import { joinedStep, joinsPrevious } from '../../../shared/coding/stepJoin';
import { commitStep } from './changeWriter';
import type { SparbarDatabase } from './db';
import type { RepositoryDeps } from './deps';

/**
 * Writes a judgement's change as its own step, or, where the join rule says so, as part of the previous
 * step (the screen's last step, `previous`): the record is written, the step's one line in the audit log
 * moves to now, and the joined step comes back with the previous step's id, so the history replaces its
 * last step. A joined step that leaves the record as it was has no line any more. Call inside a
 * transaction over `stepTables(db)`.
 */
export async function commitOrJoin(
  db: SparbarDatabase,
  deps: Pick<RepositoryDeps, 'newId' | 'now'>,
  step: { evaluationId: Id; action: AuditAction; summary: string; change: RecordChange },
  previous: ChangeSet | null,
): Promise<ChangeSet | null> {
  const now = deps.now();
  const newest = await db.auditLog.where('[evaluationId+at]').between([step.evaluationId, Dexie.minKey], [step.evaluationId, Dexie.maxKey]).last();
  if (!previous || previous.evaluationId !== step.evaluationId || !joinsPrevious(previous, { action: step.action, change: step.change, newestAuditId: newest?.id ?? null, now })) {
    return commitStep(db, deps, { evaluationId: step.evaluationId, action: step.action, summary: step.summary, changes: [step.change] });
  }
  if (step.change.table === 'documentTexts') throw new TypeError('A change of a text never joins a step');
  const table = db[step.change.table] as unknown as { put(record: unknown): Promise<unknown>; delete(id: Id): Promise<void> };
  if (step.change.after === null) await table.delete(step.change.id);
  else await table.put(step.change.after);
  const joined = joinedStep(previous, step.change, now);
  if (joined.changes.length === 0) await db.auditLog.delete(previous.id);
  else await db.auditLog.update(previous.id, { at: now, summary: step.summary });
  return joined;
}
