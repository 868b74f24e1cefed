import { MAX_OPEN_FILE_BYTES } from '../../shared/ports/ipc';
import type { OpenResult, Platform } from '../../shared/ports/platform';
import { createWebBackupStore } from './webBackupStore';
import { blobInPieces } from './blobInPieces';

/** Opens the browser's file picker; resolves with no files when the user cancels. */
function pickFiles(accept: string, multiple: boolean): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.multiple = multiple;
    input.style.display = 'none';
    input.addEventListener('change', () => {
      resolve(Array.from(input.files ?? []));
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve([]);
      input.remove();
    });
    document.body.append(input);
    input.click();
  });
}

/** Reads picked files, leaving out (by name) those over the size limit. */
export async function readPickedFiles(files: File[]): Promise<OpenResult> {
  if (files.length === 0) return { cancelled: true };
  const tooLarge = files.filter((file) => file.size > MAX_OPEN_FILE_BYTES).map((file) => file.name);
  const readable = files.filter((file) => file.size <= MAX_OPEN_FILE_BYTES);
  const read = await Promise.all(readable.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
  return { cancelled: false, files: read, tooLarge };
}

/** The platform in a plain browser (web mode): file picker and downloads; no native menu. */
export function createWebPlatform(): Platform {
  return {
    kind: 'web',
    async openFiles({ filters, multiple }) {
      const accept = filters.flatMap((filter) => filter.extensions.filter((e) => e !== '*').map((e) => `.${e}`)).join(',');
      return readPickedFiles(await pickFiles(accept, multiple));
    },
    async saveFile({ suggestedName, bytes, mimeType }) {
      const url = URL.createObjectURL(await blobInPieces(bytes, mimeType));
      const link = document.createElement('a');
      link.href = url;
      link.download = suggestedName;
      link.style.display = 'none';
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return true;
    },
    setLanguage() {},
    onMenuCommand: () => () => {},
    backups: createWebBackupStore(),
  };
}
