import { backupFileName, type StoredBackup } from '../../shared/domain';
import type { EvaluationSnapshot } from '../../shared/exchange/evaluationFile';
import { backupDue, backupMetaOf, backupsToKeep, latestTime, type BackupReason } from '../../shared/exchange/backups';
import type { BackupStore } from '../../shared/ports/backupStore';

export interface BackupSchedulerDeps {
  store: BackupStore;
  /** The evaluation's records, or null when it is no longer in the store (nothing to back up). */
  snapshotOf(evaluationId: string): Promise<EvaluationSnapshot | null>;
  /** The evaluation's change mark: equal marks, nothing changed (shared/exchange/backups/changeMark.ts). */
  changeMark(evaluationId: string): Promise<string>;
  /** Writes (and encrypts under the passphrase) the evaluation file off the UI thread. */
  writeFile(snapshot: EvaluationSnapshot, passphrase: string | null, now: string): Promise<Uint8Array>;
  passphrase(): string | null;
  now(): string;
}

/** What the shell shows: a failure stays until dismissed or a backup succeeds; `version` counts changes. */
export interface BackupSchedulerState {
  /** The evaluation backed up (the one open), or null. */
  evaluationId: string | null;
  running: boolean;
  failure: { detail: string; dismissed: boolean } | null;
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
  // The change mark when the last backup of this session began; null: none yet (any state counts as changed).
  let markAtBackup: string | null = null;
  let running: Promise<void> | null = null;
  let state: BackupSchedulerState = { evaluationId: null, running: false, failure: null, lastBackupAt: null, version: 0 };
  const listeners = new Set<() => void>();
  const set = (change: Partial<BackupSchedulerState>) => {
    state = { ...state, ...change, version: state.version + 1 };
    for (const listener of [...listeners]) listener();
  };

  const backupsOf = async (id: string): Promise<StoredBackup[]> => (await deps.store.list()).filter((b) => b.evaluationId === id);

  async function backUp(id: string): Promise<void> {
    // Read before the snapshot: a change made while the backup is written is seen by the next check.
    const mark = await deps.changeMark(id);
    const snapshot = await deps.snapshotOf(id);
    if (!snapshot) return;
    const passphrase = deps.passphrase();
    const savedAt = deps.now();
    const bytes = await deps.writeFile(snapshot, passphrase, savedAt);
    await deps.store.write(backupFileName(id, savedAt), bytes, backupMetaOf(snapshot, savedAt, passphrase !== null));
    const { remove } = backupsToKeep(await backupsOf(id), savedAt);
    for (const old of remove) await deps.store.remove(old.evaluationId, old.name);
    markAtBackup = mark;
    set({ lastBackupAt: savedAt, failure: null });
  }

  /** Runs one check (or, forced, one backup) unless one is running; resolves when it is done. */
  function run(force: boolean): Promise<void> {
    const id = evaluationId;
    if (!id || running) return running ?? Promise.resolve();
    running = (async () => {
      try {
        let reason: BackupReason | null = force ? 'opened' : null;
        if (!force) {
          const lastBackupAt = latestTime(state.lastBackupAt, ...(await backupsOf(id)).map((b) => b.savedAt));
          const changed = markAtBackup === null || (await deps.changeMark(id)) !== markAtBackup;
          reason = backupDue({ justOpened, now: deps.now(), lastBackupAt, changed });
        }
        if (reason === null) return;
        justOpened = false;
        set({ running: true });
        await backUp(id);
      } catch (error) {
        justOpened = false;
        // Said once: a failure already shown (or dismissed) stays as it is until a backup succeeds.
        if (!state.failure) set({ failure: { detail: error instanceof Error ? error.message : String(error), dismissed: false } });
      } finally {
        running = null;
        if (state.running) set({ running: false });
      }
    })();
    return running;
  }

  return {
    /** The evaluation opened (or null: none); a newly opened one is backed up on the next tick, which this runs. */
    open(id: string | null): Promise<void> {
      if (id === evaluationId) return Promise.resolve();
      evaluationId = id;
      justOpened = id !== null;
      markAtBackup = null;
      set({ evaluationId: id, lastBackupAt: null });
      // A backup of the evaluation left may still run: this one's opening backup follows it.
      return (running ?? Promise.resolve()).then(() => run(false));
    },
    tick: () => run(false),
    backupNow: () => run(true),
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
