/**
 * The limits of one choice of files to open (a dialog's choice, or files dropped on the window), the same
 * in the desktop app and web mode: at most MAX_OPEN_FILES files, each at most MAX_OPEN_FILE_BYTES (larger
 * ones are named and left out), and the rest at most MAX_OPEN_BATCH_BYTES together, since the window holds
 * them all in memory until they are imported. A choice over a limit is refused whole, so nothing is
 * half-opened; the refusal carries the figures the message names.
 */

/** The largest file the open dialog hands to the renderer (import limits may be lower). */
export const MAX_OPEN_FILE_BYTES = 256 * 1024 * 1024;
/** At most this many files in one choice. */
export const MAX_OPEN_FILES = 500;
/** At most this many bytes in one choice, files over MAX_OPEN_FILE_BYTES not counted (they are left out). */
export const MAX_OPEN_BATCH_BYTES = 1024 * 1024 * 1024;

export type OpenRefusal =
  | { reason: 'tooManyFiles'; count: number; max: number }
  | { reason: 'batchTooLarge'; count: number; totalBytes: number; maxBytes: number };

/** Why a choice of files (their sizes) is refused, or null when it may be opened. */
export function openBatchRefusal(files: readonly { size: number }[]): OpenRefusal | null {
  if (files.length > MAX_OPEN_FILES) return { reason: 'tooManyFiles', count: files.length, max: MAX_OPEN_FILES };
  const opened = files.filter((file) => file.size <= MAX_OPEN_FILE_BYTES);
  const totalBytes = opened.reduce((sum, file) => sum + file.size, 0);
  if (totalBytes > MAX_OPEN_BATCH_BYTES) return { reason: 'batchTooLarge', count: opened.length, totalBytes, maxBytes: MAX_OPEN_BATCH_BYTES };
  return null;
}
