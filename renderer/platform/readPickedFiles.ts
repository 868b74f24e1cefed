import { MAX_OPEN_FILE_BYTES, openBatchRefusal } from '../../shared/ports/openBatch';
import type { DroppedFile, OpenResult } from '../../shared/ports/platform';

/**
 * Reads files picked in the browser or dropped on the window: a choice over the limits is refused whole
 * (nothing read), files over the size limit are named and left out, the rest read one after another.
 */
export async function readPickedFiles(files: readonly DroppedFile[]): Promise<OpenResult> {
  if (files.length === 0) return { cancelled: true };
  const refused = openBatchRefusal(files);
  if (refused) return { cancelled: true, refused };
  const tooLarge = files.filter((file) => file.size > MAX_OPEN_FILE_BYTES).map((file) => file.name);
  const read = [];
  for (const file of files) {
    if (file.size <= MAX_OPEN_FILE_BYTES) read.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  }
  return { cancelled: false, files: read, tooLarge };
}
