import type { SparbarApi } from '../../shared/ports/ipc';
import type { BackupStore } from '../../shared/ports/backupStore';

/** Desktop backups: `.sparbar` files that main writes in its backup folder, through the preload's API. */
export function createElectronBackupStore(api: SparbarApi): BackupStore {
  return {
    location: () => api.backupLocation(),
    list: () => api.backupList(),
    write: (name, bytes, meta) => api.backupWrite({ name, bytes, meta }),
    read: (evaluationId, name) => api.backupRead({ evaluationId, name }),
    remove: (evaluationId, name) => api.backupDelete({ evaluationId, name }),
    chooseFolder: () => api.backupChooseFolder(),
  };
}
