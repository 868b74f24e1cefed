import type { SparbarApi } from '../../shared/ports/ipc';
import type { Platform } from '../../shared/ports/platform';
import { createElectronBackupStore } from './electronBackupStore';

/** The platform in the Electron window: everything goes through the preload's typed API. */
export function createElectronPlatform(api: SparbarApi): Platform {
  return {
    kind: 'electron',
    openFiles: (options) => api.openFiles(options),
    async saveFile({ title, suggestedName, filters, bytes }) {
      const result = await api.saveFile({ title, suggestedName, filters, bytes });
      return result.saved;
    },
    setLanguage(language) {
      void api.setLanguage(language);
    },
    onMenuCommand: (listener) => api.onMenuCommand(listener),
    backups: createElectronBackupStore(api),
  };
}
