import { parseBackupFileName, type BackupMeta } from '../../shared/domain';
import type { BackupStore } from '../../shared/ports/backupStore';

export interface MemoryBackupStore extends BackupStore {
  /** Makes every write fail (true) or succeed again (false), as a full or missing disk would. */
  failWrites(fail: boolean): void;
}

/** Backups in memory, for tests. */
export function createMemoryBackupStore(): MemoryBackupStore {
  const files = new Map<string, { evaluationId: string; name: string; bytes: Uint8Array; meta: BackupMeta }>();
  let failing = false;
  const key = (evaluationId: string, name: string) => `${evaluationId}/${name}`;
  const existing = (evaluationId: string, name: string) => {
    const file = files.get(key(evaluationId, name));
    if (!file) throw new Error('the backup is missing');
    return file;
  };
  return {
    location: async () => ({ kind: 'memory' }),
    list: async () =>
      [...files.values()].map(({ evaluationId, name, bytes, meta }) => ({ evaluationId, name, size: bytes.byteLength, savedAt: parseBackupFileName(name)?.savedAt ?? meta.savedAt, meta: { ...meta } })),
    async write(name, bytes, meta) {
      if (failing) throw new Error('writing backups fails (testing)');
      if (parseBackupFileName(name)?.evaluationId !== meta.evaluationId) throw new Error('not the name of a backup of this evaluation');
      files.set(key(meta.evaluationId, name), { evaluationId: meta.evaluationId, name, bytes: bytes.slice(), meta: { ...meta } });
    },
    read: async (evaluationId, name) => existing(evaluationId, name).bytes.slice(),
    async remove(evaluationId, name) {
      existing(evaluationId, name);
      files.delete(key(evaluationId, name));
    },
    failWrites(fail) {
      failing = fail;
    },
  };
}
