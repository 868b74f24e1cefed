import { MAX_READ_CHUNK_BYTES, type OpenedFileHandle, type SparbarApi } from '../../shared/ports/ipc';
import type { OpenedFile, Platform } from '../../shared/ports/platform';
import { createElectronBackupStore } from './electronBackupStore';
import { createOpenRefusals } from './openRefusals';
import { readPickedFiles } from './readPickedFiles';

/** Reads a file main granted, piece by piece (no IPC reply carries more than MAX_READ_CHUNK_BYTES). */
export async function readOpenedFile(api: Pick<SparbarApi, 'readOpenedFile'>, file: OpenedFileHandle): Promise<OpenedFile> {
  const bytes = new Uint8Array(file.size);
  for (let offset = 0; offset < file.size; offset += MAX_READ_CHUNK_BYTES) {
    const length = Math.min(MAX_READ_CHUNK_BYTES, file.size - offset);
    const piece = await api.readOpenedFile({ id: file.id, offset, length });
    if (!(piece instanceof Uint8Array) || piece.byteLength !== length) throw new Error(`${file.name}: a piece of the file did not come whole`);
    bytes.set(piece, offset);
  }
  return { name: file.name, bytes };
}

/** The platform in the Electron window: everything goes through the preload's typed API. */
export function createElectronPlatform(api: SparbarApi): Platform {
  const refusals = createOpenRefusals();
  return {
    kind: 'electron',
    async openFiles(options) {
      const result = await api.openFiles(options);
      if (result.cancelled) return refusals.tell(result);
      const files: OpenedFile[] = [];
      for (const file of result.files) files.push(await readOpenedFile(api, file));
      return { cancelled: false, files, tooLarge: result.tooLarge };
    },
    readDroppedFiles: async (files) => refusals.tell(await readPickedFiles(files)),
    onOpenRefused: refusals.subscribe,
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
