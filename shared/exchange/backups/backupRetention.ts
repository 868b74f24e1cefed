/** How many of an evaluation's newest backups are always kept. */
export const KEEP_LAST = 10;
/** For this many days (today included), the newest backup of each day is kept too. */
export const KEEP_DAILY_DAYS = 7;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The UTC day of a time as a day number (days since 1970-01-01). */
function dayNumber(ms: number): number {
  return Math.floor(ms / DAY_MS);
}

/**
 * THE RETENTION RULE for one evaluation's backups: keep the newest KEEP_LAST, plus the newest of each
 * (UTC) day of the last KEEP_DAILY_DAYS days, today included; every other backup is to delete. A backup
 * whose time cannot be read is kept (never delete what is not understood).
 */
export function backupsToKeep<T extends { savedAt: string }>(backups: readonly T[], now: string): { keep: T[]; remove: T[] } {
  const timed = backups.map((backup) => ({ backup, ms: Date.parse(backup.savedAt) }));
  const newestFirst = timed.filter((entry) => !Number.isNaN(entry.ms)).sort((a, b) => b.ms - a.ms);
  const kept = new Set<T>(timed.filter((entry) => Number.isNaN(entry.ms)).map((entry) => entry.backup));
  for (const entry of newestFirst.slice(0, KEEP_LAST)) kept.add(entry.backup);
  const today = dayNumber(Date.parse(now));
  const daysSeen = new Set<number>();
  for (const entry of newestFirst) {
    const day = dayNumber(entry.ms);
    if (day > today - KEEP_DAILY_DAYS && !daysSeen.has(day)) {
      daysSeen.add(day);
      kept.add(entry.backup);
    }
  }
  return { keep: backups.filter((b) => kept.has(b)), remove: backups.filter((b) => !kept.has(b)) };
}
