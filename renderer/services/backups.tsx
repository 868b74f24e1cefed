import { createContext, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import type { Platform } from '../platform';
import { whenStoreQuiet, type Repositories } from '../store';
import { APP_VERSION } from './appVersion';
import { backupPassphrase } from './backupPassphrase';
import { createBackupScheduler, type BackupScheduler, type BackupSchedulerState } from './backupScheduler';
import { saveEvaluationFileInWorker } from './workers/evaluationFileInWorker';

/** A scheduled backup waits for this long a pause in the store's writes (reading the evaluation would hold up the next coding's write). */
export const BACKUP_QUIET_MS = 2000;

/** How often the shell asks the schedule rule whether a backup is due. */
export const BACKUP_CHECK_MS = 60 * 1000;

const BackupContext = createContext<BackupScheduler | null>(null);

/** The scheduler with the app's effects: the store's snapshot, the audit log, the worker, the platform's backup store. */
export function createAppBackupScheduler(repos: Repositories, platform: Platform): BackupScheduler {
  return createBackupScheduler({
    store: platform.backups,
    changeMark: (id) => repos.changeMarks.of(id),
    // The worker reads the records itself: a backup of a large evaluation never holds the UI thread.
    async writeBackup(id, passphrase, now) {
      if (!(await repos.evaluationFiles.exists(id))) return null;
      const outcome = await saveEvaluationFileInWorker(repos.evaluationFiles.databaseName, id, passphrase, { appVersion: APP_VERSION, now }, () => {}).result;
      if (!outcome.ok) throw outcome.error ?? new Error(outcome.detail || 'the backup was not written');
      return { bytes: outcome.bytes, meta: outcome.meta };
    },
    passphrase: backupPassphrase,
    whenQuiet: () => whenStoreQuiet(BACKUP_QUIET_MS),
    now: () => new Date().toISOString(),
  });
}

/** Runs automatic backups of the open evaluation (on opening, then a check every minute) for what it wraps. */
export function BackupProvider({ scheduler, evaluationId, children }: { scheduler: BackupScheduler; evaluationId: string | null | undefined; children: ReactNode }) {
  useEffect(() => {
    // Undefined: keep backing up the evaluation open before (Settings shows none of its own).
    if (evaluationId !== undefined) void scheduler.open(evaluationId);
  }, [scheduler, evaluationId]);
  useEffect(() => {
    const timer = setInterval(() => void scheduler.tick(), BACKUP_CHECK_MS);
    return () => clearInterval(timer);
  }, [scheduler]);
  return <BackupContext.Provider value={scheduler}>{children}</BackupContext.Provider>;
}

export function useBackupScheduler(): BackupScheduler {
  const scheduler = useContext(BackupContext);
  if (!scheduler) throw new Error('useBackupScheduler outside BackupProvider');
  return scheduler;
}

/** The scheduler's state, followed live. */
export function useBackupState(): BackupSchedulerState {
  const scheduler = useBackupScheduler();
  return useSyncExternalStore(scheduler.subscribe, scheduler.getState);
}

/** One scheduler for the app's lifetime. */
export function useAppBackupScheduler(repos: Repositories, platform: Platform): BackupScheduler {
  return useMemo(() => createAppBackupScheduler(repos, platform), [repos, platform]);
}
