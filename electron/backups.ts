/**
 * Automatic backups on the desktop: `.sparbar` files in `<userData>/backups/<evaluationId>/`, or in
 * `<chosen folder>/<evaluationId>/` once the evaluator chose a folder in a native dialog (remembered in
 * `<userData>/backup-folder.json`). No path from the renderer is ever used: it names an evaluation id
 * and a backup's file name, both checked against strict patterns by the contract's parsers.
 */
import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { isBackupEvaluationId, parseBackupFileName, parseBackupMeta, type StoredBackup } from '../shared/domain/backup';
import { isRecord, isString } from '../shared/base/guards';
import { MAX_BACKUP_BYTES, parseBackupRef, parseBackupWriteRequest } from '../shared/ports/backupIpc';
import type { BackupLocation } from '../shared/ports/backupStore';

export const BACKUP_FOLDER_CONFIG = 'backup-folder.json';
const NOTE = '.json';

export interface BackupEffects {
  userDataDir(): string;
  /** The native folder dialog (openDirectory), in the app's language. */
  showFolderDialog(): Promise<{ canceled: boolean; filePaths: string[] }>;
  writeFileAtomic(filePath: string, bytes: Uint8Array): Promise<void>;
}

async function chosenFolder(effects: BackupEffects): Promise<string | null> {
  try {
    const config: unknown = JSON.parse(await readFile(path.join(effects.userDataDir(), BACKUP_FOLDER_CONFIG), 'utf8'));
    return isRecord(config) && isString(config.folder) && path.isAbsolute(config.folder) ? config.folder : null;
  } catch {
    return null;
  }
}

/** The folder backups go to now. */
export async function backupFolder(effects: BackupEffects): Promise<{ folder: string; chosen: boolean }> {
  const chosen = await chosenFolder(effects);
  return chosen ? { folder: chosen, chosen: true } : { folder: path.join(effects.userDataDir(), 'backups'), chosen: false };
}

async function readNote(file: string) {
  try {
    return parseBackupMeta(JSON.parse(await readFile(file + NOTE, 'utf8')));
  } catch {
    return null;
  }
}

export function createBackupHandlers(effects: BackupEffects) {
  const fileOf = async (raw: unknown) => {
    const ref = parseBackupRef(raw);
    return path.join((await backupFolder(effects)).folder, ref.evaluationId, ref.name);
  };
  return {
    async location(): Promise<BackupLocation> {
      const { folder, chosen } = await backupFolder(effects);
      return { kind: 'folder', path: folder, chosen };
    },
    async list(): Promise<StoredBackup[]> {
      const { folder } = await backupFolder(effects);
      const found: StoredBackup[] = [];
      const folders = await readdir(folder, { withFileTypes: true }).catch(() => []);
      for (const entry of folders) {
        if (!entry.isDirectory() || !isBackupEvaluationId(entry.name)) continue;
        for (const name of await readdir(path.join(folder, entry.name))) {
          const parsed = parseBackupFileName(name);
          if (parsed?.evaluationId !== entry.name) continue;
          const file = path.join(folder, entry.name, name);
          const info = await stat(file);
          if (info.isFile()) found.push({ evaluationId: entry.name, name, size: info.size, savedAt: parsed.savedAt, meta: await readNote(file) });
        }
      }
      return found;
    },
    async write(raw: unknown): Promise<void> {
      const request = parseBackupWriteRequest(raw);
      const folder = path.join((await backupFolder(effects)).folder, request.meta.evaluationId);
      await mkdir(folder, { recursive: true });
      const file = path.join(folder, request.name);
      await effects.writeFileAtomic(file, request.bytes);
      await effects.writeFileAtomic(file + NOTE, new TextEncoder().encode(JSON.stringify(request.meta)));
    },
    async read(raw: unknown): Promise<Uint8Array> {
      const file = await fileOf(raw);
      if ((await stat(file)).size > MAX_BACKUP_BYTES) throw new Error('the backup is too large to read');
      return new Uint8Array(await readFile(file));
    },
    async remove(raw: unknown): Promise<void> {
      const file = await fileOf(raw);
      await unlink(file);
      await unlink(file + NOTE).catch(() => undefined);
    },
    async chooseFolder(): Promise<boolean> {
      const choice = await effects.showFolderDialog();
      const [folder] = choice.filePaths;
      if (choice.canceled || !folder || !path.isAbsolute(folder)) return false;
      await mkdir(effects.userDataDir(), { recursive: true });
      await effects.writeFileAtomic(path.join(effects.userDataDir(), BACKUP_FOLDER_CONFIG), new TextEncoder().encode(JSON.stringify({ folder })));
      return true;
    },
  };
}
