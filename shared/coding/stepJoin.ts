import type { AuditAction, Id, IsoTimestamp } from '../domain';
import { squashChanges, type ChangeSet, type RecordChange } from './changeSet';

/** The actions whose steps on one record join into one: setting a passage's strength, direction and memo is one decision. */
const JOINING: readonly AuditAction[] = ['judge', 'judgeData'];

/** How long after the last change of a judgement the next one still joins it. */
export const JOIN_WINDOW_MS = 10 * 60 * 1000;

/**
 * THE JOIN RULE: whether a judgement's change joins the previous step (one line in the audit log, one
 * undo) instead of making its own. It does when the previous step is the newest line of the log (nothing
 * happened since, in this window or another), of the same action, changed only this record, and was
 * made (or last joined) less than JOIN_WINDOW_MS ago.
 */
export function joinsPrevious(
  previous: Pick<ChangeSet, 'id' | 'action' | 'at' | 'changes'> | null,
  next: { action: AuditAction; change: Pick<RecordChange, 'table' | 'id'>; newestAuditId: Id | null; now: IsoTimestamp },
): boolean {
  if (!previous || !JOINING.includes(next.action) || previous.action !== next.action || previous.id !== next.newestAuditId) return false;
  if (previous.changes.length !== 1 || previous.changes[0]?.table !== next.change.table || previous.changes[0]?.id !== next.change.id) return false;
  const gap = Date.parse(next.now) - Date.parse(previous.at);
  return gap >= 0 && gap < JOIN_WINDOW_MS;
}

/** The joined step: the previous step's id and first `before`, the new `after`, at the new time. */
export function joinedStep(previous: ChangeSet, change: RecordChange, now: IsoTimestamp): ChangeSet {
  return { ...previous, at: now, changes: squashChanges([...previous.changes, change]) };
}
