import { isNonNegativeInteger, isRecord, isString } from '../base/guards';

/** An evaluation id as a backup's folder and file name may carry it (a UUID, or the demo's id). */
export const BACKUP_EVALUATION_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** A backup's file name: `<evaluation id>_<ISO time with - for :>.sparbar`, e.g. `abc_2026-12-07T05-13-10.123Z.sparbar`. */
const BACKUP_NAME = /^([A-Za-z0-9_-]{1,64})_(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.\d{3}Z)\.sparbar$/;

/** What a backup holds, kept beside it so the list needs no reading of the backup itself. */
export interface BackupMeta {
  evaluationId: string;
  /** The evaluation's title when the backup was written; null for an encrypted backup (the title is not written in clear). */
  title: string | null;
  savedAt: string;
  /** Records per table, from the file's manifest; null for an encrypted backup. */
  counts: Record<string, number> | null;
  encrypted: boolean;
}

/** A backup as a store lists it. */
export interface StoredBackup {
  evaluationId: string;
  name: string;
  size: number;
  /** The backup's time, from its file name. */
  savedAt: string;
  /** Null when the note beside it is missing or unreadable (a backup copied there by hand). */
  meta: BackupMeta | null;
}

export function isBackupEvaluationId(value: unknown): value is string {
  return isString(value) && BACKUP_EVALUATION_ID.test(value);
}

/** The file name of a backup of this evaluation at this time (safe on Windows: no colons). */
export function backupFileName(evaluationId: string, savedAt: string): string {
  if (!isBackupEvaluationId(evaluationId)) throw new Error('an evaluation id a backup cannot be named after');
  const iso = new Date(savedAt).toISOString().replaceAll(':', '-');
  return `${evaluationId}_${iso}.sparbar`;
}

/** The evaluation id and time a backup's file name gives, or null when it is not a backup's name. */
export function parseBackupFileName(name: unknown): { evaluationId: string; savedAt: string } | null {
  if (!isString(name)) return null;
  const match = BACKUP_NAME.exec(name);
  if (!match) return null;
  const [date, time] = (match[2] as string).split('T') as [string, string];
  const savedAt = `${date}T${time.replace(/^(\d{2})-(\d{2})-/, '$1:$2:')}`;
  return Number.isNaN(Date.parse(savedAt)) || new Date(savedAt).toISOString() !== savedAt ? null : { evaluationId: match[1] as string, savedAt };
}

/** Checks a backup's note (from disk, IPC or IndexedDB); null when it is not one. */
export function parseBackupMeta(value: unknown): BackupMeta | null {
  if (!isRecord(value) || !isBackupEvaluationId(value.evaluationId) || !isString(value.savedAt) || typeof value.encrypted !== 'boolean') return null;
  if (value.title !== null && !(isString(value.title) && value.title.length <= 500)) return null;
  let counts: Record<string, number> | null = null;
  if (value.counts !== null) {
    if (!isRecord(value.counts)) return null;
    const entries = Object.entries(value.counts);
    if (entries.length > 50 || !entries.every(([key, count]) => /^[A-Za-z]{1,40}$/.test(key) && isNonNegativeInteger(count))) return null;
    counts = Object.fromEntries(entries) as Record<string, number>;
  }
  return { evaluationId: value.evaluationId, title: value.title as string | null, savedAt: value.savedAt, counts, encrypted: value.encrypted };
}
