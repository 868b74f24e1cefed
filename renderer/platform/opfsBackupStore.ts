import { isBackupEvaluationId, parseBackupFileName, parseBackupMeta, type StoredBackup } from '../../shared/domain';
import type { BackupStore } from '../../shared/ports/backupStore';

/** The async iteration of a folder (in Chromium; not in TypeScript's DOM lib without DOM.AsyncIterable). */
type IterableDirectory = FileSystemDirectoryHandle & { values(): AsyncIterable<FileSystemDirectoryHandle | FileSystemFileHandle> };

const NOTE = '.json';

function checkedId(evaluationId: string): string {
  if (!isBackupEvaluationId(evaluationId)) throw new Error('not an evaluation id a backup is kept under');
  return evaluationId;
}

function checkedName(evaluationId: string, name: string): string {
  if (parseBackupFileName(name)?.evaluationId !== evaluationId) throw new Error('not the name of a backup of this evaluation');
  return name;
}

async function writeWhole(folder: FileSystemDirectoryHandle, name: string, data: Uint8Array | string): Promise<void> {
  const handle = await folder.getFileHandle(name, { create: true });
  // A writable stream writes to a swap file that replaces the file only on close: whole or nothing.
  const stream = await handle.createWritable();
  try {
    await stream.write(data as Uint8Array<ArrayBuffer> | string);
    await stream.close();
  } catch (error) {
    await stream.abort().catch(() => undefined);
    throw error;
  }
}

async function readNote(folder: FileSystemDirectoryHandle, name: string) {
  try {
    const file = await (await folder.getFileHandle(name + NOTE)).getFile();
    return parseBackupMeta(JSON.parse(await file.text()));
  } catch {
    return null;
  }
}

/** Backups in the origin-private file system: `backups/<evaluationId>/<name>.sparbar` and a note `<name>.sparbar.json` beside it. */
export function createOpfsBackupStore(root: FileSystemDirectoryHandle): BackupStore {
  const backupsFolder = () => root.getDirectoryHandle('backups', { create: true });
  const folderOf = async (evaluationId: string, create: boolean) => (await backupsFolder()).getDirectoryHandle(checkedId(evaluationId), { create });
  return {
    location: async () => ({ kind: 'opfs' }),
    async list() {
      const found: StoredBackup[] = [];
      for await (const folder of (await backupsFolder() as IterableDirectory).values()) {
        if (folder.kind !== 'directory' || !isBackupEvaluationId(folder.name)) continue;
        for await (const entry of (folder as IterableDirectory).values()) {
          const parsed = parseBackupFileName(entry.name);
          if (entry.kind !== 'file' || parsed?.evaluationId !== folder.name) continue;
          const file = await entry.getFile();
          found.push({ evaluationId: parsed.evaluationId, name: entry.name, size: file.size, savedAt: parsed.savedAt, meta: await readNote(folder, entry.name) });
        }
      }
      return found;
    },
    async write(name, bytes, meta) {
      const folder = await folderOf(meta.evaluationId, true);
      await writeWhole(folder, checkedName(meta.evaluationId, name), bytes);
      await writeWhole(folder, name + NOTE, JSON.stringify(meta));
    },
    async read(evaluationId, name) {
      const folder = await folderOf(evaluationId, false);
      const file = await (await folder.getFileHandle(checkedName(evaluationId, name))).getFile();
      return new Uint8Array(await file.arrayBuffer());
    },
    async remove(evaluationId, name) {
      const folder = await folderOf(evaluationId, false);
      await folder.removeEntry(checkedName(evaluationId, name));
      await folder.removeEntry(name + NOTE).catch(() => undefined);
    },
  };
}
