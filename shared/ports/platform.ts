import type { ReportLanguage } from '../domain';
import type { BackupStore } from './backupStore';
import type { FileFilter, MenuCommand } from './ipc';

export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
}

export type OpenResult = { cancelled: true } | { cancelled: false; files: OpenedFile[]; tooLarge: string[] };

/**
 * What the renderer needs of the machine, with an Electron implementation (native dialogs through the
 * preload's API), a web implementation (browser file picker and downloads) and one for tests (in memory),
 * in renderer/platform/.
 */
export interface Platform {
  readonly kind: 'electron' | 'web';
  openFiles(options: { title: string; filters: FileFilter[]; multiple: boolean }): Promise<OpenResult>;
  /** Saves bytes under a suggested name; resolves false when the user cancels. */
  saveFile(options: { title: string; suggestedName: string; filters: FileFilter[]; bytes: Uint8Array; mimeType: string }): Promise<boolean>;
  setLanguage(language: ReportLanguage): void;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Where automatic backups are kept. */
  readonly backups: BackupStore;
}
