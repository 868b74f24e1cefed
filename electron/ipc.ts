/**
 * The IPC handlers of the main process, one per channel of the contract. Every handler first checks the
 * sender (the main frame of our window, on the app's origin), then validates its arguments with the
 * contract's parsers, and only then touches a dialog or the disk. The logic is in pure functions with their
 * effects (dialogs, files) passed in.
 */
import { randomUUID } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { IpcMain } from 'electron';
import type { ReportLanguage } from '../shared/domain/evaluation';
import { IPC_CHANNELS, parseLanguage, parseSaveFileRequest, type AppInfo, type FileFilter, type SaveFileResult } from '../shared/ports/ipc';
import { APP_ORIGIN, originOf } from './protocol';
import { createBackupHandlers, type BackupEffects } from './backups';
import { OpenedFiles, openFiles, readOpenedFile, type OpenFilesEffects } from './openFiles';

/** The parts of a frame the sender check reads (Electron's WebFrameMain has them all). */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
  readonly processId: number;
  readonly routingId: number;
}

/** The parts of an IpcMainInvokeEvent the sender check reads. */
export interface InvokeEvent {
  readonly sender: { readonly id: number };
  readonly senderFrame: SenderFrame | null | undefined;
}

/** The webContents of our window: the only one whose main frame may call main. */
export interface TrustedContents {
  readonly id: number;
  readonly mainFrame: Pick<SenderFrame, 'processId' | 'routingId'>;
}

export class UntrustedSenderError extends Error {
  constructor(reason: string) {
    super(`IPC refused: ${reason}`);
    this.name = 'UntrustedSenderError';
  }
}

/**
 * Throws unless the message comes from the main frame of our window showing the app's origin: no
 * sender frame (destroyed or navigated away), another webContents, a subframe or another origin are all
 * refused.
 */
export function assertTrustedSender(event: InvokeEvent, trusted: TrustedContents | null): void {
  const frame = event.senderFrame;
  if (!frame) throw new UntrustedSenderError('the sending frame is gone');
  if (originOf(frame.url) !== APP_ORIGIN) throw new UntrustedSenderError('the sender is not on the app origin');
  if (frame.parent !== null) throw new UntrustedSenderError('the sender is not a main frame');
  if (!trusted || event.sender.id !== trusted.id) throw new UntrustedSenderError('the sender is not the app window');
  if (frame.processId !== trusted.mainFrame.processId || frame.routingId !== trusted.mainFrame.routingId) {
    throw new UntrustedSenderError('the sender is not the main frame of the app window');
  }
}

export interface SaveDialogOptions {
  title: string;
  defaultPath: string;
  filters: FileFilter[];
}

export interface SaveFileEffects {
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string | undefined }>;
  /** The user's Documents folder, where the save dialog starts. */
  documentsDir(): string;
  writeFileAtomic(filePath: string, bytes: Uint8Array): Promise<void>;
}

/** Validates the request, shows the native save dialog (starting in Documents) and writes the bytes. */
export async function saveFile(rawRequest: unknown, effects: SaveFileEffects): Promise<SaveFileResult> {
  const request = parseSaveFileRequest(rawRequest);
  const choice = await effects.showSaveDialog({
    title: request.title,
    defaultPath: path.join(effects.documentsDir(), request.suggestedName),
    filters: request.filters,
  });
  if (choice.canceled || !choice.filePath) return { saved: false };
  await effects.writeFileAtomic(choice.filePath, request.bytes);
  return { saved: true, fileName: path.basename(choice.filePath) };
}

/**
 * Writes a file so that it is either the old or the whole new content, never half written: the bytes go
 * to a temporary file in the same folder, are flushed to disk, and the temporary file is renamed over the
 * target. On failure the temporary file is removed and the target is untouched.
 */
export async function writeFileAtomic(filePath: string, bytes: Uint8Array): Promise<void> {
  const dir = path.dirname(filePath);
  const temporary = path.join(dir, `.${path.basename(filePath)}.${randomUUID()}.tmp`);
  try {
    const handle = await open(temporary, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, filePath);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

export interface IpcEffects extends OpenFilesEffects, SaveFileEffects, BackupEffects {
  /** Our window's webContents, or null when there is no window. */
  trustedContents(): TrustedContents | null;
  /** Rebuilds the native menu (and main's dialogs) in this language. */
  setLanguage(language: ReportLanguage): void;
  appInfo(): AppInfo;
}

type Handler = (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>;
type ChannelKey = keyof typeof IPC_CHANNELS;

/** One handler per channel; the type makes a channel without a handler a compile error. */
export function createIpcHandlers(effects: IpcEffects): Record<ChannelKey, Handler> {
  const backups = createBackupHandlers(effects);
  const opened = new OpenedFiles();
  const checked =
    (handle: (...args: unknown[]) => Promise<unknown>): Handler =>
    async (event, ...args) => {
      assertTrustedSender(event, effects.trustedContents());
      return handle(...args);
    };
  return {
    openFiles: checked((request) => openFiles(request, effects, opened)),
    readOpenedFile: checked((request) => readOpenedFile(request, effects, opened)),
    saveFile: checked((request) => saveFile(request, effects)),
    setLanguage: checked(async (language) => {
      effects.setLanguage(parseLanguage(language));
    }),
    appInfo: checked(async () => effects.appInfo()),
    backupLocation: checked(() => backups.location()),
    backupList: checked(() => backups.list()),
    backupWrite: checked((request) => backups.write(request)),
    backupRead: checked((ref) => backups.read(ref)),
    backupDelete: checked((ref) => backups.remove(ref)),
    backupChooseFolder: checked(() => backups.chooseFolder()),
  };
}

/** Registers `ipcMain.handle` for every channel of IPC_CHANNELS. */
export function registerIpcHandlers(ipcMain: Pick<IpcMain, 'handle'>, effects: IpcEffects): void {
  const handlers = createIpcHandlers(effects);
  for (const key of Object.keys(IPC_CHANNELS) as ChannelKey[]) {
    ipcMain.handle(IPC_CHANNELS[key], handlers[key]);
  }
}
