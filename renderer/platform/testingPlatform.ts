import type { ReportLanguage } from '../../shared/domain';
import type { MenuCommand } from '../../shared/ports/ipc';
import type { OpenRefusal } from '../../shared/ports/openBatch';
import type { OpenedFile, OpenResult, Platform } from '../../shared/ports/platform';
import { createMemoryBackupStore, type MemoryBackupStore } from './memoryBackupStore';
import { createOpenRefusals } from './openRefusals';
import { readPickedFiles } from './readPickedFiles';

export type OpenRequest = Parameters<Platform['openFiles']>[0];
export type SavedFile = Parameters<Platform['saveFile']>[0];

/**
 * The platform in tests, in memory: the test says which files the next open dialogs give (else they are
 * cancelled) and whether saving is cancelled, sends menu commands, and reads what was asked, saved and
 * set.
 */
export interface TestingPlatform extends Platform {
  /** The next open dialog gives these files (and names these as too large); each call queues one dialog. */
  willOpen(files: readonly OpenedFile[], tooLarge?: readonly string[]): void;
  /** The next open dialog is cancelled (as is every dialog nothing was queued for). */
  willCancelOpen(): void;
  /** The user's choice in the next open dialog is over the limits: refused, and the listeners told. */
  willRefuseOpen(refusal: OpenRefusal): void;
  /** Whether the user cancels the save dialogs from now on (they do not, at first). */
  cancelSaves(cancel: boolean): void;
  /** Sends a menu command to every listener, as the application menu would. */
  sendMenuCommand(command: MenuCommand): void;
  /** Every open dialog asked for, oldest first. */
  readonly openRequests: readonly OpenRequest[];
  /** Every file saved (not those whose save was cancelled), oldest first. */
  readonly saved: readonly SavedFile[];
  /** Every language set, oldest first; the last is the current one. */
  readonly languages: readonly ReportLanguage[];
  /** How many listen for menu commands now. */
  readonly menuListeners: number;
  /** Backups, in memory; `failWrites` makes writing them fail. */
  readonly backups: MemoryBackupStore;
}

export function createTestingPlatform(kind: Platform['kind'] = 'web'): TestingPlatform {
  const dialogs: OpenResult[] = [];
  const openRequests: OpenRequest[] = [];
  const saved: SavedFile[] = [];
  const languages: ReportLanguage[] = [];
  const listeners = new Set<(command: MenuCommand) => void>();
  const refusals = createOpenRefusals();
  let savesCancelled = false;
  return {
    kind,
    async openFiles(options) {
      openRequests.push({ ...options, filters: options.filters.map((filter) => ({ ...filter, extensions: [...filter.extensions] })) });
      return refusals.tell(dialogs.shift() ?? { cancelled: true });
    },
    readDroppedFiles: async (files) => refusals.tell(await readPickedFiles(files)),
    onOpenRefused: refusals.subscribe,
    async saveFile(options) {
      if (savesCancelled) return false;
      saved.push({ ...options, bytes: options.bytes.slice() });
      return true;
    },
    setLanguage(language) {
      languages.push(language);
    },
    onMenuCommand(listener) {
      // Each subscription is its own, even for the same function, like the preload's.
      const own = (command: MenuCommand) => listener(command);
      listeners.add(own);
      return () => {
        listeners.delete(own);
      };
    },
    willOpen(files, tooLarge = []) {
      dialogs.push({ cancelled: false, files: [...files], tooLarge: [...tooLarge] });
    },
    willCancelOpen() {
      dialogs.push({ cancelled: true });
    },
    willRefuseOpen(refusal) {
      dialogs.push({ cancelled: true, refused: { ...refusal } });
    },
    cancelSaves(cancel) {
      savesCancelled = cancel;
    },
    sendMenuCommand(command) {
      for (const listener of [...listeners]) listener(command);
    },
    backups: createMemoryBackupStore(),
    openRequests,
    saved,
    languages,
    get menuListeners() {
      return listeners.size;
    },
  };
}
