import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BACKUP_FOLDER_CONFIG, createBackupHandlers, type BackupEffects } from '../../../electron/backups';
import { writeFileAtomic } from '../../../electron/ipc';
import { backupFileName, type BackupMeta } from '../../../shared/domain';

const SAVED = '2026-12-07T05:13:10.123Z';
const NAME = backupFileName('e1', SAVED);
const META: BackupMeta = { evaluationId: 'e1', title: 'Tillväxt', savedAt: SAVED, counts: { projects: 3 }, encrypted: false };

describe('desktop backups (electron/backups.ts)', () => {
  let dir: string;
  let effects: BackupEffects & { showFolderDialog: ReturnType<typeof vi.fn> };
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'sparbar-backups-'));
    effects = {
      userDataDir: () => path.join(dir, 'userData'),
      showFolderDialog: vi.fn(async () => ({ canceled: true, filePaths: [] as string[] })),
      writeFileAtomic,
    };
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes, lists, reads and deletes a backup with its note in <userData>/backups/<evaluationId>/', async () => {
    const backups = createBackupHandlers(effects);
    await expect(backups.location()).resolves.toEqual({ kind: 'folder', path: path.join(dir, 'userData', 'backups'), chosen: false });
    await expect(backups.list()).resolves.toEqual([]);
    await backups.write({ name: NAME, bytes: new Uint8Array([80, 75, 3]), meta: META });
    expect((await readdir(path.join(dir, 'userData', 'backups', 'e1'))).sort()).toEqual([NAME, `${NAME}.json`]);
    await expect(backups.list()).resolves.toEqual([{ evaluationId: 'e1', name: NAME, size: 3, savedAt: SAVED, meta: META }]);
    await expect(backups.read({ evaluationId: 'e1', name: NAME })).resolves.toEqual(new Uint8Array([80, 75, 3]));
    await backups.remove({ evaluationId: 'e1', name: NAME });
    await expect(backups.list()).resolves.toEqual([]);
  });

  it('lists a backup without a note with meta null, and ignores files that are not backups', async () => {
    const folder = path.join(dir, 'userData', 'backups', 'e1');
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, NAME), 'PK');
    await writeFile(path.join(folder, 'notes.txt'), 'x');
    await writeFile(path.join(folder, backupFileName('e2', SAVED)), 'PK');
    await expect(createBackupHandlers(effects).list()).resolves.toEqual([{ evaluationId: 'e1', name: NAME, size: 2, savedAt: SAVED, meta: null }]);
  });

  it.each([
    ['a path as evaluation id', { evaluationId: '../..', name: NAME }],
    ['a path as name', { evaluationId: 'e1', name: '../../etc/passwd' }],
    ['another evaluation’s backup', { evaluationId: 'e2', name: NAME }],
    ['an absolute name', { evaluationId: 'e1', name: path.join('/tmp', NAME) }],
    ['not an object', NAME],
  ])('refuses %s before touching a file', async (_what, ref) => {
    const backups = createBackupHandlers(effects);
    await expect(backups.read(ref)).rejects.toThrow();
    await expect(backups.remove(ref)).rejects.toThrow();
  });

  it.each([
    ['a name of another evaluation', { name: backupFileName('e2', SAVED), bytes: new Uint8Array([1]), meta: META }],
    ['bytes as an array', { name: NAME, bytes: [1], meta: META }],
    ['no note', { name: NAME, bytes: new Uint8Array([1]), meta: null }],
    ['a path in the note’s id', { name: NAME, bytes: new Uint8Array([1]), meta: { ...META, evaluationId: '../e1' } }],
  ])('refuses to write %s', async (_what, request) => {
    await expect(createBackupHandlers(effects).write(request)).rejects.toThrow();
    await expect(readdir(path.join(dir, 'userData'))).rejects.toThrow();
  });

  it('writes to the folder chosen in the native dialog from then on, and remembers it', async () => {
    const chosen = path.join(dir, 'encrypted disk');
    await mkdir(chosen);
    const backups = createBackupHandlers(effects);
    await expect(backups.chooseFolder()).resolves.toBe(false);
    effects.showFolderDialog.mockResolvedValueOnce({ canceled: false, filePaths: [chosen] });
    await expect(backups.chooseFolder()).resolves.toBe(true);
    expect(JSON.parse(await readFile(path.join(dir, 'userData', BACKUP_FOLDER_CONFIG), 'utf8'))).toEqual({ folder: chosen });
    const again = createBackupHandlers(effects);
    await expect(again.location()).resolves.toEqual({ kind: 'folder', path: chosen, chosen: true });
    await again.write({ name: NAME, bytes: new Uint8Array([1]), meta: META });
    expect(await readdir(path.join(chosen, 'e1'))).toContain(NAME);
  });
});
