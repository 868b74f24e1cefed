import type { ReportLanguage } from '../domain';
import type { BackupStore } from './backupStore';
import type { FileFilter, MenuCommand } from './ipc';
import type { OpenRefusal } from './openBatch';

export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * What a choice of files gave: cancelled (refused when it was over the limits of shared/ports/openBatch.ts,
 * which the platform also tells its `onOpenRefused` listeners), or the files read and the names of those
 * left out as too large.
 */
export type OpenResult = { cancelled: true; refused?: OpenRefusal } | { cancelled: false; files: OpenedFile[]; tooLarge: string[] };

/** A file dropped on the window, as much of the DOM's File as reading it needs. */
export interface DroppedFile {
  readonly name: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * What the renderer needs of the machine, with an Electron implementation (native dialogs through the
 * preload's API), a web implementation (browser file picker and downloads) and one for tests (in memory),
 * in renderer/platform/.
 */
export interface Platform {
  readonly kind: 'electron' | 'web';
  openFiles(options: { title: string; filters: FileFilter[]; multiple: boolean }): Promise<OpenResult>;
  /** Reads files dropped on the window, within the same limits as a choice in the open dialog. */
  readDroppedFiles(files: readonly DroppedFile[]): Promise<OpenResult>;
  /** Subscribes to choices of files refused as over the limits (the shell says so); returns the unsubscribe function. */
  onOpenRefused(listener: (refusal: OpenRefusal) => void): () => void;
  /** Saves bytes under a suggested name; resolves false when the user cancels. */
  saveFile(options: { title: string; suggestedName: string; filters: FileFilter[]; bytes: Uint8Array; mimeType: string }): Promise<boolean>;
  setLanguage(language: ReportLanguage): void;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Where automatic backups are kept. */
  readonly backups: BackupStore;
}
