import type { Platform } from '../../shared/ports/platform';
import { createWebBackupStore } from './webBackupStore';
import { blobInPieces } from './blobInPieces';
import { createOpenRefusals } from './openRefusals';
import { readPickedFiles } from './readPickedFiles';

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

/** The platform in a plain browser (web mode): file picker and downloads; no native menu. */
export function createWebPlatform(): Platform {
  const refusals = createOpenRefusals();
  return {
    kind: 'web',
    async openFiles({ filters, multiple }) {
      const accept = filters.flatMap((filter) => filter.extensions.filter((e) => e !== '*').map((e) => `.${e}`)).join(',');
      return refusals.tell(await readPickedFiles(await pickFiles(accept, multiple)));
    },
    readDroppedFiles: async (files) => refusals.tell(await readPickedFiles(files)),
    onOpenRefused: refusals.subscribe,
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
