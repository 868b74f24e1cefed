import i18next, { type TFunction } from 'i18next';
import { StorageFullError, storageFullMessage } from '../../shared/domain/storageFull';
import { formatBytes } from './formatDates';

/**
 * What to show of a failed action's error: storage full (or a record too large) worded with how much is
 * used and left and what to do, never the browser's raw error; any other error's message as before.
 */
export function errorDetail(t: TFunction, error: unknown): string {
  if (error instanceof StorageFullError) {
    const { key, values } = storageFullMessage(error, (bytes) => formatBytes(bytes, i18next.language));
    return t(key, values);
  }
  return error instanceof Error ? error.message : String(error);
}
