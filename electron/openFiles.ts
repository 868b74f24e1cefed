/**
 * The open dialog, and the chosen files read piece by piece: `openFiles` shows the dialog, checks the
 * choice against the limits (shared/ports/openBatch.ts) and answers with a handle per file (a random id, the
 * base name and the size), never the bytes; `readOpenedFile` then answers one piece of at most
 * MAX_READ_CHUNK_BYTES per call, for a handle of the last choice only. So no IPC reply carries a whole batch,
 * and the window never names a path of its own. Effects (dialog, files) are passed in.
 */
import { randomUUID } from 'node:crypto';
import { open } from 'node:fs/promises';
import path from 'node:path';
import {
  MAX_OPEN_FILE_BYTES,
  MAX_OPEN_FILES,
  openBatchRefusal,
  parseOpenFilesRequest,
  parseReadOpenedFileRequest,
  type FileFilter,
  type OpenedFileHandle,
  type OpenFilesResult,
} from '../shared/ports/ipc';

/** What a file system entry's stat gives that openFiles needs. */
export interface FileStat {
  size: number;
  isFile(): boolean;
}

export interface OpenDialogOptions {
  title: string;
  filters: FileFilter[];
  properties: Array<'openFile' | 'multiSelections'>;
}

/** A piece of a file and the file's size when it was read. */
export interface FileChunk {
  bytes: Uint8Array;
  size: number;
}

export interface OpenFilesEffects {
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  stat(filePath: string): Promise<FileStat>;
  /** Reads up to `length` bytes from `offset`. */
  readChunk(filePath: string, offset: number, length: number): Promise<FileChunk>;
}

interface Grant {
  filePath: string;
  name: string;
  size: number;
}

/** The files of the last choice the window may read, by handle id; a new choice replaces them. */
export class OpenedFiles {
  private grants = new Map<string, Grant>();

  replace(files: readonly Grant[]): OpenedFileHandle[] {
    this.grants.clear();
    return files.map((file) => {
      const id = randomUUID();
      this.grants.set(id, file);
      return { id, name: file.name, size: file.size };
    });
  }

  get(id: string): Grant | undefined {
    return this.grants.get(id);
  }

  release(id: string): void {
    this.grants.delete(id);
  }

  get size(): number {
    return this.grants.size;
  }
}

/**
 * Validates the request, shows the native open dialog and grants the window the chosen files. Files over
 * MAX_OPEN_FILE_BYTES are listed by name in `tooLarge` and not granted. A choice over the limits (more than
 * MAX_OPEN_FILES files, more than MAX_OPEN_BATCH_BYTES together) is refused whole with the figures, for the
 * window to say so: nothing is opened, so nothing is half-imported.
 */
export async function openFiles(rawRequest: unknown, effects: OpenFilesEffects, opened: OpenedFiles): Promise<OpenFilesResult> {
  const request = parseOpenFilesRequest(rawRequest);
  const properties: OpenDialogOptions['properties'] = request.multiple ? ['openFile', 'multiSelections'] : ['openFile'];
  const choice = await effects.showOpenDialog({ title: request.title, filters: request.filters, properties });
  if (choice.canceled || choice.filePaths.length === 0) return { cancelled: true };
  const filePaths = request.multiple ? choice.filePaths : choice.filePaths.slice(0, 1);
  // Counted before anything is looked at: 10,000 files are not stat'ed to be refused.
  if (filePaths.length > MAX_OPEN_FILES) return { cancelled: true, refused: { reason: 'tooManyFiles', count: filePaths.length, max: MAX_OPEN_FILES } };
  const chosen: Grant[] = [];
  for (const filePath of filePaths) {
    const name = path.basename(filePath);
    const info = await effects.stat(filePath);
    if (!info.isFile()) throw new Error(`${name} is not a file`);
    chosen.push({ filePath, name, size: info.size });
  }
  const refused = openBatchRefusal(chosen);
  if (refused) return { cancelled: true, refused };
  const tooLarge = chosen.filter((file) => file.size > MAX_OPEN_FILE_BYTES).map((file) => file.name);
  const files = opened.replace(chosen.filter((file) => file.size <= MAX_OPEN_FILE_BYTES));
  return { cancelled: false, files, tooLarge };
}

/**
 * One piece of a granted file. Refuses an id it did not hand out (or from an earlier choice), a piece past
 * the file's end, and a file whose size changed since it was chosen (it was being written: choose it again
 * when it is done). The last piece ends the grant.
 */
export async function readOpenedFile(rawRequest: unknown, effects: OpenFilesEffects, opened: OpenedFiles): Promise<Uint8Array> {
  const request = parseReadOpenedFileRequest(rawRequest);
  const grant = opened.get(request.id);
  if (!grant) throw new Error('no such opened file: choose it again');
  const end = request.offset + request.length;
  if (end > grant.size) throw new Error(`${grant.name}: the piece asked for ends at byte ${end}, after the end of the file (${grant.size})`);
  const chunk = await effects.readChunk(grant.filePath, request.offset, request.length);
  if (chunk.size !== grant.size || chunk.bytes.byteLength !== request.length) {
    opened.release(request.id);
    throw new Error(`${grant.name} changed after it was chosen; choose it again`);
  }
  if (end === grant.size) opened.release(request.id);
  return chunk.bytes;
}

/** Reads a piece of a file with its size at that moment (Node's file system). */
export async function readFileChunk(filePath: string, offset: number, length: number): Promise<FileChunk> {
  const handle = await open(filePath, 'r');
  try {
    const { size } = await handle.stat();
    const bytes = new Uint8Array(Math.max(0, Math.min(length, size - offset)));
    let read = 0;
    while (read < bytes.byteLength) {
      const { bytesRead } = await handle.read(bytes, read, bytes.byteLength - read, offset + read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return { bytes: read === bytes.byteLength ? bytes : bytes.subarray(0, read), size };
  } finally {
    await handle.close();
  }
}
