import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { backupFileName, type BackupMeta } from '../../../../shared/domain';
import type { BackupStore } from '../../../../shared/ports/backupStore';
import { BACKUP_DATABASE, createIdbBackupStore } from '../../../../renderer/platform/idbBackupStore';
import { createMemoryBackupStore } from '../../../../renderer/platform/memoryBackupStore';

const SAVED = '2026-12-07T05:13:10.123Z';
const meta = (evaluationId: string, savedAt = SAVED): BackupMeta => ({ evaluationId, title: `T ${evaluationId}`, savedAt, counts: { projects: 2 }, encrypted: false });

/** What every backup store does, whatever keeps the bytes. */
function behavesAsBackupStore(make: () => { store: BackupStore; factory?: IDBFactory }) {
  it('writes, lists, reads and removes backups of several evaluations', async () => {
    const { store } = make();
    const later = '2026-12-07T06:00:00.000Z';
    await store.write(backupFileName('e1', SAVED), new Uint8Array([1, 2, 3]), meta('e1'));
    await store.write(backupFileName('e1', later), new Uint8Array([4]), meta('e1', later));
    await store.write(backupFileName('e2', SAVED), new Uint8Array([5, 6]), meta('e2'));
    const listed = (await store.list()).sort((a, b) => (a.name < b.name ? -1 : 1));
    expect(listed).toEqual([
      { evaluationId: 'e1', name: backupFileName('e1', SAVED), size: 3, savedAt: SAVED, meta: meta('e1') },
      { evaluationId: 'e1', name: backupFileName('e1', later), size: 1, savedAt: later, meta: meta('e1', later) },
      { evaluationId: 'e2', name: backupFileName('e2', SAVED), size: 2, savedAt: SAVED, meta: meta('e2') },
    ]);
    await expect(store.read('e2', backupFileName('e2', SAVED))).resolves.toEqual(new Uint8Array([5, 6]));
    await store.remove('e1', backupFileName('e1', SAVED));
    expect((await store.list()).map((b) => b.name).sort()).toEqual([backupFileName('e1', later), backupFileName('e2', SAVED)]);
    await expect(store.read('e1', backupFileName('e1', SAVED))).rejects.toThrow();
  });

  it('refuses a name that is not a backup of that evaluation', async () => {
    const { store } = make();
    await expect(store.write(backupFileName('e2', SAVED), new Uint8Array([1]), meta('e1'))).rejects.toThrow();
    await expect(store.write('../x.sparbar', new Uint8Array([1]), meta('e1'))).rejects.toThrow();
    expect(await store.list()).toEqual([]);
  });
}

describe('the IndexedDB backup store (web mode without OPFS)', () => {
  behavesAsBackupStore(() => ({ store: createIdbBackupStore(new IDBFactory()) }));

  it('keeps its own database, never the app’s, and survives a new store on the same browser', async () => {
    const factory = new IDBFactory();
    await createIdbBackupStore(factory).write(backupFileName('e1', SAVED), new Uint8Array([7]), meta('e1'));
    expect((await factory.databases()).map((d) => d.name)).toEqual([BACKUP_DATABASE]);
    await expect(createIdbBackupStore(factory).read('e1', backupFileName('e1', SAVED))).resolves.toEqual(new Uint8Array([7]));
  });
});

describe('the in-memory backup store (tests)', () => {
  behavesAsBackupStore(() => ({ store: createMemoryBackupStore() }));

  it('fails writes when told to, and writes again after', async () => {
    const store = createMemoryBackupStore();
    store.failWrites(true);
    await expect(store.write(backupFileName('e1', SAVED), new Uint8Array([1]), meta('e1'))).rejects.toThrow();
    store.failWrites(false);
    await store.write(backupFileName('e1', SAVED), new Uint8Array([1]), meta('e1'));
    expect(await store.list()).toHaveLength(1);
  });
});
