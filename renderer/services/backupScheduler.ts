import { backupFileName, type BackupMeta, type StoredBackup } from '../../shared/domain';
import { backupDue, backupsToKeep, latestTime, type BackupReason } from '../../shared/exchange/backups';
import type { BackupStore } from '../../shared/ports/backupStore';

export interface BackupSchedulerDeps {
  store: BackupStore;
  /** The evaluation's change mark: equal marks, nothing changed (shared/exchange/backups/changeMark.ts). */
  changeMark(evaluationId: string): Promise<string>;
  /**
   * Reads the evaluation and writes it (encrypted under the passphrase) as an evaluation file, off the UI
   * thread, with the note kept beside the backup; null when the evaluation is no longer in the store.
   */
  writeBackup(evaluationId: string, passphrase: string | null, now: string): Promise<{ bytes: Uint8Array; meta: BackupMeta } | null>;
  passphrase(): string | null;
  /**
   * Resolves when the store has had a pause in writes: a scheduled backup waits for it (one asked for, or
   * before a restore, does not). Absent: no wait.
   */
  whenQuiet?(): Promise<void>;
  now(): string;
}

/** What the shell shows: a failure stays until dismissed or a backup succeeds; `version` counts changes. */
export interface BackupSchedulerState {
  /** The evaluation backed up (the one open), or null. */
  evaluationId: string | null;
  running: boolean;
  /** The error of the failed backup (worded where it is shown: storage full gets its own words). */
  failure: { error: unknown; dismissed: boolean } | null;
  lastBackupAt: string | null;
  version: number;
}

/**
 * The automatic backups of the open evaluation: `open` backs it up at once, `tick` (every minute, from
 * the shell) when the schedule rule says so; each backup is written through the worker, then the
 * retention rule removes what is not kept. Never two at once: a tick while one runs does nothing.
 */
export function createBackupScheduler(deps: BackupSchedulerDeps) {
  let evaluationId: string | null = null;
  let justOpened = false;
  let running: Promise<boolean> | null = null;
  // Per evaluation, the change mark read when its last backup of this session began; none: unknown (changed).
  const marks = new Map<string, string>();
  let state: BackupSchedulerState = { evaluationId: null, running: false, failure: null, lastBackupAt: null, version: 0 };
  const listeners = new Set<() => void>();
  const set = (change: Partial<BackupSchedulerState>) => {
    state = { ...state, ...change, version: state.version + 1 };
    for (const listener of [...listeners]) listener();
  };

  const backupsOf = async (id: string): Promise<StoredBackup[]> => (await deps.store.list()).filter((b) => b.evaluationId === id);
  const changedSince = async (id: string) => {
    const mark = marks.get(id);
    return mark === undefined || (await deps.changeMark(id)) !== mark;
  };

  async function backUp(id: string): Promise<void> {
    // Read before the records: a change made while the backup is written is seen by the next check.
    const mark = await deps.changeMark(id);
    const passphrase = deps.passphrase();
    const savedAt = deps.now();
    const written = await deps.writeBackup(id, passphrase, savedAt);
    if (!written) return;
    await deps.store.write(backupFileName(id, savedAt), written.bytes, written.meta);
    const { remove } = backupsToKeep(await backupsOf(id), savedAt);
    for (const old of remove) await deps.store.remove(old.evaluationId, old.name);
    marks.set(id, mark);
    set(id === evaluationId ? { lastBackupAt: savedAt, failure: null } : { failure: null });
  }

  /**
   * One backup of an evaluation if `mode` says so: 'check' asks the schedule rule (the open evaluation
   * only), 'now' backs up, 'ifChanged' backs up unless nothing changed since its last backup of this
   * session. Never two at once: a check or 'now' while one runs does nothing more, 'ifChanged' waits for
   * it. Resolves false when the backup failed.
   */
  function run(id: string | null, mode: 'check' | 'now' | 'ifChanged'): Promise<boolean> {
    if (!id || (mode === 'check' && id !== evaluationId)) return Promise.resolve(true);
    if (running) return mode === 'ifChanged' ? running.then(() => run(id, mode)) : running;
    const job = (async () => {
      try {
        let reason: BackupReason | null = 'changes';
        if (mode === 'check') {
          const lastBackupAt = state.lastBackupAt ?? latestTime(...(await backupsOf(id)).map((b) => b.savedAt));
          reason = backupDue({ justOpened, now: deps.now(), lastBackupAt, changed: await changedSince(id) });
        } else if (mode === 'ifChanged' && !(await changedSince(id))) reason = null;
        if (reason === null) return true;
        if (mode === 'check') await deps.whenQuiet?.();
        if (id === evaluationId) justOpened = false;
        set({ running: true });
        await backUp(id);
        return true;
      } catch (error) {
        if (id === evaluationId) justOpened = false;
        // Said once: a failure already shown (or dismissed) stays as it is until a backup succeeds.
        if (!state.failure) set({ failure: { error, dismissed: false } });
        return false;
      } finally {
        running = null;
        if (state.running) set({ running: false });
      }
    })();
    running = job;
    return job;
  }

  return {
    /**
     * The evaluation opened (or null: none). The one left is backed up if it changed since its last
     * backup (changes of its last minutes are not lost), then the one opened is backed up.
     */
    async open(id: string | null): Promise<void> {
      if (id === evaluationId) return;
      const left = evaluationId;
      evaluationId = id;
      justOpened = id !== null;
      set({ evaluationId: id, lastBackupAt: null });
      if (left) await run(left, 'ifChanged');
      await (running ?? Promise.resolve());
      await run(id, 'check');
    },
    tick: () => run(evaluationId, 'check'),
    backupNow: () => run(evaluationId, 'now'),
    /** Backs up an evaluation unless it is known unchanged since its last backup (before it is replaced). */
    backupIfChanged: (id: string) => run(id, 'ifChanged'),
    dismissFailure() {
      if (state.failure) set({ failure: { ...state.failure, dismissed: true } });
    },
    getState: () => state,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

export type BackupScheduler = ReturnType<typeof createBackupScheduler>;
