import { describe, expect, it, vi } from 'vitest';
import type { EvaluationSnapshot } from '../../../shared/exchange/evaluationFile';
import { createBackupScheduler, type BackupSchedulerDeps } from '../../../renderer/services/backupScheduler';
import { createMemoryBackupStore } from '../../../renderer/platform/memoryBackupStore';
import { backupMetaOf } from '../../../shared/exchange/backups';

const START = Date.parse('2026-12-07T08:00:00.000Z');
const MINUTE = 60 * 1000;

function setup() {
  let clock = START;
  let mark = 'm0';
  let passphrase: string | null = null;
  const store = createMemoryBackupStore();
  const snapshot = (id: string) => ({ schemaVersion: 9, tables: { evaluations: [{ id, title: `Utvärdering ${id}` }], projects: [{ id: 'p1' }, { id: 'p2' }] } }) as unknown as EvaluationSnapshot;
  let release: (() => void) | null = null;
  let hold = false;
  const gone = new Set<string>();
  const deps: BackupSchedulerDeps = {
    store,
    changeMark: async () => mark,
    writeBackup: vi.fn(async (id: string, passphrase: string | null, now: string) => {
      if (gone.has(id)) return null;
      if (hold) await new Promise<void>((resolve) => (release = resolve));
      return { bytes: new Uint8Array([80, 75, 3, 4]), meta: backupMetaOf(snapshot(id), now, passphrase !== null) };
    }),
    passphrase: () => passphrase,
    now: () => new Date(clock).toISOString(),
  };
  const scheduler = createBackupScheduler(deps);
  return {
    scheduler,
    store,
    deps,
    advance: (minutes: number) => (clock += minutes * MINUTE),
    change: () => (mark = `m${clock}`),
    setPassphrase: (value: string | null) => (passphrase = value),
    holdWrites: () => (hold = true),
    releaseWrite: () => release?.(),
    remove: (id: string) => gone.add(id),
    names: async () => (await store.list()).map((b) => b.savedAt).sort(),
  };
}

describe('the backup scheduler', () => {
  it('backs up on opening, then only after 15 minutes with changes', async () => {
    const t = setup();
    await t.scheduler.open('e1');
    expect(await t.names()).toEqual(['2026-12-07T08:00:00.000Z']);
    const [first] = await t.store.list();
    expect(first?.meta).toEqual({ evaluationId: 'e1', title: 'Utvärdering e1', savedAt: '2026-12-07T08:00:00.000Z', counts: expect.objectContaining({ evaluations: 1, projects: 2 }), encrypted: false });
    t.advance(16);
    await t.scheduler.tick();
    expect(await t.names()).toHaveLength(1); // nothing changed
    t.change();
    t.advance(5);
    await t.scheduler.tick();
    expect(await t.names()).toHaveLength(2); // 21 minutes since the last, a change since
    t.advance(1);
    t.change();
    t.advance(13);
    await t.scheduler.tick();
    expect(await t.names()).toHaveLength(2); // 14 minutes since the last
    t.advance(1);
    await t.scheduler.tick();
    expect(await t.names()).toEqual(['2026-12-07T08:00:00.000Z', '2026-12-07T08:21:00.000Z', '2026-12-07T08:36:00.000Z']);
  });

  it('waits for a pause in the store’s writes before a scheduled backup, not before one asked for', async () => {
    const t = setup();
    let quiet: () => void = () => {};
    t.deps.whenQuiet = () => new Promise<void>((resolve) => (quiet = resolve));
    const opening = t.scheduler.open('e1');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(t.deps.writeBackup).not.toHaveBeenCalled();
    quiet();
    await opening;
    expect(await t.names()).toHaveLength(1);
    t.advance(1);
    await t.scheduler.backupNow();
    expect(await t.names()).toHaveLength(2);
  });

  it('applies retention after each backup', async () => {
    const t = setup();
    await t.scheduler.open('e1');
    for (let i = 0; i < 12; i++) {
      t.advance(16);
      t.change();
      await t.scheduler.tick();
    }
    expect(await t.names()).toHaveLength(10);
    expect(await t.names()).not.toContain('2026-12-07T08:00:00.000Z');
  });

  it('writes encrypted backups without title or counts when a passphrase is set', async () => {
    const t = setup();
    t.setPassphrase('en lång lösenfras');
    await t.scheduler.open('e1');
    expect(t.deps.writeBackup).toHaveBeenCalledWith(expect.anything(), 'en lång lösenfras', '2026-12-07T08:00:00.000Z');
    const [backup] = await t.store.list();
    expect(backup?.meta).toMatchObject({ encrypted: true, title: null, counts: null });
  });

  it('never runs two at once', async () => {
    const t = setup();
    t.holdWrites();
    const opening = t.scheduler.open('e1');
    await vi.waitFor(() => expect(t.deps.writeBackup).toHaveBeenCalledTimes(1));
    expect(t.scheduler.getState().running).toBe(true);
    void t.scheduler.backupNow();
    void t.scheduler.tick();
    t.releaseWrite();
    await opening;
    expect(t.deps.writeBackup).toHaveBeenCalledTimes(1);
    expect(t.scheduler.getState().running).toBe(false);
  });

  it('says a failure once, keeps it until dismissed or a backup succeeds', async () => {
    const t = setup();
    t.store.failWrites(true);
    const seen: unknown[] = [];
    t.scheduler.subscribe(() => seen.push(t.scheduler.getState().failure));
    await t.scheduler.open('e1');
    const failure = t.scheduler.getState().failure;
    expect(failure?.dismissed).toBe(false);
    expect(String((failure?.error as Error | undefined)?.message)).toBe('writing backups fails (testing)');
    await t.scheduler.backupNow();
    expect(t.scheduler.getState().failure).toBe(failure); // the same notice, not a second one
    t.scheduler.dismissFailure();
    await t.scheduler.backupNow();
    expect(t.scheduler.getState().failure?.dismissed).toBe(true);
    t.store.failWrites(false);
    await t.scheduler.backupNow();
    expect(t.scheduler.getState().failure).toBeNull();
    expect(await t.names()).toHaveLength(1);
    expect(seen.filter((f) => f !== null && !(f as { dismissed: boolean }).dismissed).length).toBeGreaterThan(0);
  });

  it('backs up nothing of an evaluation no longer in the store, and says no failure', async () => {
    const t = setup();
    t.remove('gone');
    await t.scheduler.open('gone');
    await t.scheduler.backupNow();
    expect(await t.store.list()).toEqual([]);
    expect(t.scheduler.getState().failure).toBeNull();
  });

  it('backs up the evaluation left when it changed since its last backup, however recent', async () => {
    const t = setup();
    await t.scheduler.open('e1');
    t.advance(3);
    t.change();
    await t.scheduler.open(null);
    expect(await t.names()).toEqual(['2026-12-07T08:00:00.000Z', '2026-12-07T08:03:00.000Z']);
    expect(t.scheduler.getState().evaluationId).toBeNull();
  });

  it('backs up before a replace unless the evaluation is known unchanged since its last backup', async () => {
    const t = setup();
    await t.scheduler.open('e1');
    t.advance(1);
    await expect(t.scheduler.backupIfChanged('e1')).resolves.toBe(true);
    expect(await t.names()).toHaveLength(1);
    t.change();
    await t.scheduler.backupIfChanged('e1');
    expect(await t.names()).toHaveLength(2);
    // Another evaluation, never backed up in this session: backed up.
    await t.scheduler.backupIfChanged('e2');
    expect((await t.store.list()).filter((b) => b.evaluationId === 'e2')).toHaveLength(1);
    t.store.failWrites(true);
    t.advance(1);
    t.change();
    await expect(t.scheduler.backupIfChanged('e1')).resolves.toBe(false);
  });

  it('backs up each evaluation opened, and nothing with none open', async () => {
    const t = setup();
    await t.scheduler.open(null);
    await t.scheduler.backupNow();
    expect(await t.store.list()).toEqual([]);
    await t.scheduler.open('e1');
    t.advance(1);
    await t.scheduler.open('e2');
    expect((await t.store.list()).map((b) => b.evaluationId).sort()).toEqual(['e1', 'e2']);
  });
});
