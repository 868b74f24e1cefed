import { isBackupEvaluationId, parseBackupFileName, parseBackupMeta, type StoredBackup } from '../../shared/domain';
import type { BackupStore } from '../../shared/ports/backupStore';

/** The database of its own that backups go to when the origin-private file system is missing: never the app's 'sparbar'. */
export const BACKUP_DATABASE = 'sparbar-backups';

interface NoteRow {
  key: [string, string];
  size: number;
  meta: unknown;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

function openBackupDatabase(factory: IDBFactory): Promise<IDBDatabase> {
  const req = factory.open(BACKUP_DATABASE, 1);
  req.onupgradeneeded = () => {
    // Bytes and notes apart, so listing never reads a backup's bytes.
    req.result.createObjectStore('files');
    req.result.createObjectStore('notes', { keyPath: 'key' });
  };
  return request(req);
}

function checkedKey(evaluationId: string, name: string): [string, string] {
  if (!isBackupEvaluationId(evaluationId) || parseBackupFileName(name)?.evaluationId !== evaluationId) throw new Error('not the name of a backup of this evaluation');
  return [evaluationId, name];
}

/** Backups in an IndexedDB database of their own ('sparbar-backups'): a backup and its note in one transaction. */
export function createIdbBackupStore(factory: IDBFactory): BackupStore {
  let opened: Promise<IDBDatabase> | null = null;
  const db = () => {
    opened ??= openBackupDatabase(factory).catch((error: unknown) => {
      opened = null;
      throw error;
    });
    return opened;
  };
  return {
    location: async () => ({ kind: 'indexeddb' }),
    async list() {
      const rows = (await request((await db()).transaction('notes').objectStore('notes').getAll())) as NoteRow[];
      const found: StoredBackup[] = [];
      for (const row of rows) {
        const [evaluationId, name] = row.key;
        const parsed = parseBackupFileName(name);
        if (parsed?.evaluationId === evaluationId) found.push({ evaluationId, name, size: row.size, savedAt: parsed.savedAt, meta: parseBackupMeta(row.meta) });
      }
      return found;
    },
    async write(name, bytes, meta) {
      const key = checkedKey(meta.evaluationId, name);
      const tx = (await db()).transaction(['files', 'notes'], 'readwrite');
      tx.objectStore('files').put(bytes.slice(), key);
      tx.objectStore('notes').put({ key, size: bytes.byteLength, meta } satisfies NoteRow);
      await done(tx);
    },
    async read(evaluationId, name) {
      const bytes: unknown = await request((await db()).transaction('files').objectStore('files').get(checkedKey(evaluationId, name)));
      if (!(bytes instanceof Uint8Array)) throw new Error('the backup is missing');
      return bytes;
    },
    async remove(evaluationId, name) {
      const key = checkedKey(evaluationId, name);
      const tx = (await db()).transaction(['files', 'notes'], 'readwrite');
      tx.objectStore('files').delete(key);
      tx.objectStore('notes').delete(key);
      await done(tx);
    },
  };
}
