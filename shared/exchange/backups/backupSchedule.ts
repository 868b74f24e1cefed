/** A backup is due this long after the last one, when something changed since. */
export const BACKUP_INTERVAL_MS = 15 * 60 * 1000;

export type BackupReason = 'opened' | 'changes';

export interface BackupClock {
  /** True on the first check after the evaluation was opened. */
  justOpened: boolean;
  now: string;
  /** The newest backup's time, or null when there is none. */
  lastBackupAt: string | null;
  /** Whether the evaluation changed since the last backup (its change mark differs from the one then). */
  changed: boolean;
}

/** The newest of some times (ISO), or null when there are none. */
export function latestTime(...times: ReadonlyArray<string | null | undefined>): string | null {
  let best: string | null = null;
  for (const time of times) if (time && !Number.isNaN(Date.parse(time)) && (best === null || Date.parse(time) > Date.parse(best))) best = time;
  return best;
}

/**
 * THE SCHEDULE RULE: back up when the evaluation is opened, and when BACKUP_INTERVAL_MS have passed since
 * the last backup and it changed after that backup (or there is no backup yet and it changed).
 */
export function backupDue(clock: BackupClock): BackupReason | null {
  if (clock.justOpened) return 'opened';
  if (!clock.changed) return null;
  if (clock.lastBackupAt === null) return 'changes';
  const last = Date.parse(clock.lastBackupAt);
  if (Number.isNaN(last)) return 'changes';
  return Date.parse(clock.now) - last >= BACKUP_INTERVAL_MS ? 'changes' : null;
}
