import { createContext, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import type { Platform } from '../platform';
import type { Repositories } from '../store';
import { APP_VERSION } from './appVersion';
import { backupPassphrase } from './backupPassphrase';
import { createBackupScheduler, type BackupScheduler, type BackupSchedulerState } from './backupScheduler';
import { writeEvaluationFileInWorker } from './workers/evaluationFileInWorker';

/** How often the shell asks the schedule rule whether a backup is due. */
export const BACKUP_CHECK_MS = 60 * 1000;

const BackupContext = createContext<BackupScheduler | null>(null);

/** The scheduler with the app's effects: the store's snapshot, the audit log, the worker, the platform's backup store. */
export function createAppBackupScheduler(repos: Repositories, platform: Platform): BackupScheduler {
  return createBackupScheduler({
    store: platform.backups,
    snapshotOf: async (id) => ((await repos.evaluationFiles.exists(id)) ? repos.evaluationFiles.snapshotOf(id) : null),
    changeMark: (id) => repos.changeMarks.of(id),
    async writeFile(snapshot, passphrase, now) {
      const outcome = await writeEvaluationFileInWorker(snapshot, passphrase, { appVersion: APP_VERSION, now }, () => {}).result;
      if (!outcome.ok) throw new Error(outcome.detail || 'the backup was not written');
      return outcome.bytes;
    },
    passphrase: backupPassphrase,
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
