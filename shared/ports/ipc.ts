/**
 * The typed IPC contract between the renderer and the Electron main process. The preload exposes one
 * function per channel as `window.sparbar`; main validates every argument with the parsers below.
 */
import { REPORT_LANGUAGES, type ReportLanguage } from '../domain/evaluation';
import { isOneOf, isRecord, isString, ShapeError } from '../base/guards';
import { hasBidiControls } from '../base/bidiControls';
import type { StoredBackup } from '../domain/backup';
import type { BackupRef, BackupWriteRequest } from './backupIpc';
import type { BackupLocation } from './backupStore';
import type { OpenRefusal } from './openBatch';

export { MAX_OPEN_BATCH_BYTES, MAX_OPEN_FILE_BYTES, MAX_OPEN_FILES, openBatchRefusal, type OpenRefusal } from './openBatch';

export const IPC_CHANNELS = {
  openFiles: 'sparbar:dialog:open-files',
  readOpenedFile: 'sparbar:dialog:read-opened-file',
  saveFile: 'sparbar:dialog:save-file',
  setLanguage: 'sparbar:app:set-language',
  appInfo: 'sparbar:app:info',
  backupLocation: 'sparbar:backups:location',
  backupList: 'sparbar:backups:list',
  backupWrite: 'sparbar:backups:write',
  backupRead: 'sparbar:backups:read',
  backupDelete: 'sparbar:backups:delete',
  backupChooseFolder: 'sparbar:backups:choose-folder',
} as const;

/** Main to renderer: a native menu item was chosen. */
export const MENU_COMMAND_CHANNEL = 'sparbar:menu:command';

export const MENU_COMMANDS = [
  'new-evaluation',
  'open-evaluation',
  'open-evaluation-file',
  'save-evaluation-file',
  'merge-evaluation-file',
  'import-document',
  'export-report',
  'open-demo',
  'settings',
  'about',
  'undo',
  'redo',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** The most bytes one readOpenedFile call returns: a file comes over in pieces, never in one reply. */
export const MAX_READ_CHUNK_BYTES = 8 * 1024 * 1024;
/** The largest file the renderer may ask main to save. */
export const MAX_SAVE_FILE_BYTES = 512 * 1024 * 1024;

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface OpenFilesRequest {
  title: string;
  filters: FileFilter[];
  multiple: boolean;
}

/** A chosen file main lets the window read (readOpenedFile), until it has read the last piece or chooses again. */
export interface OpenedFileHandle {
  /** Main's random id of the file; the window never learns its path. */
  id: string;
  /** The file's base name. */
  name: string;
  size: number;
}

export type OpenFilesResult =
  | { cancelled: true; refused?: OpenRefusal }
  | { cancelled: false; files: OpenedFileHandle[]; tooLarge: string[] };

/** A piece of an opened file: `length` bytes from `offset`, within the file's size. */
export interface ReadOpenedFileRequest {
  id: string;
  offset: number;
  length: number;
}

export interface SaveFileRequest {
  title: string;
  suggestedName: string;
  filters: FileFilter[];
  bytes: Uint8Array;
}

export type SaveFileResult = { saved: false } | { saved: true; fileName: string };

export interface AppInfo {
  version: string;
  platform: string;
}

/** What the preload exposes on `window.sparbar`. */
export interface SparbarApi {
  /** Shows the open dialog; the files chosen come back as handles, read piece by piece with readOpenedFile. */
  openFiles(request: OpenFilesRequest): Promise<OpenFilesResult>;
  readOpenedFile(request: ReadOpenedFileRequest): Promise<Uint8Array>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  setLanguage(language: ReportLanguage): Promise<void>;
  appInfo(): Promise<AppInfo>;
  /** Automatic backups, as `.sparbar` files in main's backup folder (renderer/platform/electronBackupStore.ts). */
  backupLocation(): Promise<BackupLocation>;
  backupList(): Promise<StoredBackup[]>;
  backupWrite(request: BackupWriteRequest): Promise<void>;
  backupRead(ref: BackupRef): Promise<Uint8Array>;
  backupDelete(ref: BackupRef): Promise<void>;
  /** Shows a native folder dialog; main remembers the folder chosen. Resolves false when cancelled. */
  backupChooseFolder(): Promise<boolean>;
  /** Subscribes to native menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

const EXTENSION = /^[A-Za-z0-9]{1,10}$/;
const MAX_TEXT = 500;

function parseText(value: unknown, what: string, max = MAX_TEXT): string {
  if (!isString(value) || value.length > max) throw new ShapeError(`${what} must be a string of at most ${max} characters`);
  return value;
}

function parseFilters(value: unknown): FileFilter[] {
  if (!Array.isArray(value) || value.length > 20) throw new ShapeError('filters must be a list of at most 20');
  return value.map((filter, index) => {
    if (!isRecord(filter)) throw new ShapeError(`filter ${index} must be an object`);
    const extensions = filter.extensions;
    if (!Array.isArray(extensions) || extensions.length > 50 || !extensions.every((e) => isString(e) && (e === '*' || EXTENSION.test(e)))) {
      throw new ShapeError(`filter ${index} has bad extensions`);
    }
    return { name: parseText(filter.name, `filter ${index} name`, 100), extensions: extensions as string[] };
  });
}

export function parseOpenFilesRequest(value: unknown): OpenFilesRequest {
  if (!isRecord(value)) throw new ShapeError('open request must be an object');
  if (typeof value.multiple !== 'boolean') throw new ShapeError('multiple must be a boolean');
  return { title: parseText(value.title, 'title'), filters: parseFilters(value.filters), multiple: value.multiple };
}

const HANDLE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function isByteCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

export function parseReadOpenedFileRequest(value: unknown): ReadOpenedFileRequest {
  if (!isRecord(value)) throw new ShapeError('read request must be an object');
  if (!isString(value.id) || !HANDLE_ID.test(value.id)) throw new ShapeError('id must be a file handle id');
  if (!isByteCount(value.offset)) throw new ShapeError('offset must be a whole number of bytes');
  if (!isByteCount(value.length) || value.length === 0 || value.length > MAX_READ_CHUNK_BYTES) {
    throw new ShapeError(`length must be a whole number of bytes from 1 to ${MAX_READ_CHUNK_BYTES}`);
  }
  return { id: value.id, offset: value.offset, length: value.length };
}

/** A file name to suggest in a save dialog: no folders, no control, bidirectional control or reserved characters. */
export function isSafeFileName(name: string): boolean {
  return (
    name.length > 0 &&
    !hasBidiControls(name) &&
    name.length <= 200 &&
    !/[\\/:*?"<>|]/.test(name) &&
    !Array.from(name).some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f) &&
    !name.startsWith('.') &&
    // Windows refuses names ending in a dot or a space, and the device names (CON, NUL, COM1 …).
    !/[. ]$/.test(name) &&
    !/^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i.test(name)
  );
}

export function parseSaveFileRequest(value: unknown): SaveFileRequest {
  if (!isRecord(value)) throw new ShapeError('save request must be an object');
  const suggestedName = parseText(value.suggestedName, 'suggestedName', 200);
  if (!isSafeFileName(suggestedName)) throw new ShapeError('suggestedName must be a plain file name');
  const bytes = value.bytes;
  if (!(bytes instanceof Uint8Array)) throw new ShapeError('bytes must be a Uint8Array');
  if (bytes.byteLength > MAX_SAVE_FILE_BYTES) throw new ShapeError('the file is too large to save');
  return { title: parseText(value.title, 'title'), suggestedName, filters: parseFilters(value.filters), bytes };
}

export function parseLanguage(value: unknown): ReportLanguage {
  if (!isOneOf(REPORT_LANGUAGES, value)) throw new ShapeError('language must be sv or en');
  return value;
}

export function isMenuCommand(value: unknown): value is MenuCommand {
  return isOneOf(MENU_COMMANDS, value);
}
