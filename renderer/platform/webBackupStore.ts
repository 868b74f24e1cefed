import type { BackupStore } from '../../shared/ports/backupStore';
import { createIdbBackupStore } from './idbBackupStore';
import { createOpfsBackupStore } from './opfsBackupStore';

/** Whether this browser has an origin-private file system we can write files in. */
async function opfsRoot(): Promise<FileSystemDirectoryHandle | null> {
  try {
    if (typeof navigator.storage?.getDirectory !== 'function' || typeof FileSystemFileHandle === 'undefined' || !('createWritable' in FileSystemFileHandle.prototype)) return null;
    return await navigator.storage.getDirectory();
  } catch {
    return null;
  }
}

/** Web mode's backups: the origin-private file system, else (decided on first use) IndexedDB's 'sparbar-backups'. */
export function createWebBackupStore(): BackupStore {
  let chosen: Promise<BackupStore> | null = null;
  const store = () => (chosen ??= opfsRoot().then((root) => (root ? createOpfsBackupStore(root) : createIdbBackupStore(indexedDB))));
  return {
    location: async () => (await store()).location(),
    list: async () => (await store()).list(),
    write: async (name, bytes, meta) => (await store()).write(name, bytes, meta),
    read: async (evaluationId, name) => (await store()).read(evaluationId, name),
    remove: async (evaluationId, name) => (await store()).remove(evaluationId, name),
  };
}
