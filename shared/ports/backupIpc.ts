/** The backup channels' arguments, checked in main before any file is touched. */
import { isBackupEvaluationId, parseBackupFileName, parseBackupMeta, type BackupMeta } from '../domain/backup';
import { isRecord, ShapeError } from '../base/guards';

/** The largest backup the renderer may ask main to write (as for any saved file). */
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024;

export interface BackupRef {
  evaluationId: string;
  name: string;
}

export interface BackupWriteRequest {
  name: string;
  bytes: Uint8Array;
  meta: BackupMeta;
}

/** An evaluation id and a backup's name of that evaluation: nothing else can name a file. */
export function parseBackupRef(value: unknown): BackupRef {
  if (!isRecord(value) || !isBackupEvaluationId(value.evaluationId)) throw new ShapeError('evaluationId must be an evaluation id');
  if (parseBackupFileName(value.name)?.evaluationId !== value.evaluationId) throw new ShapeError('name must be the name of a backup of that evaluation');
  return { evaluationId: value.evaluationId, name: value.name as string };
}

export function parseBackupWriteRequest(value: unknown): BackupWriteRequest {
  if (!isRecord(value)) throw new ShapeError('backup request must be an object');
  const meta = parseBackupMeta(value.meta);
  if (!meta) throw new ShapeError('meta must be a backup note');
  const { name } = parseBackupRef({ evaluationId: meta.evaluationId, name: value.name });
  const bytes = value.bytes;
  if (!(bytes instanceof Uint8Array)) throw new ShapeError('bytes must be a Uint8Array');
  if (bytes.byteLength > MAX_BACKUP_BYTES) throw new ShapeError('the backup is too large');
  return { name, bytes, meta };
}
