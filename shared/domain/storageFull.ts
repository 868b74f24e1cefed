/**
 * Storage full, or a record too large: the one domain error a failed write becomes, whatever the browser
 * or Dexie threw. `quota`: the origin's quota or the disk is full (QuotaExceededError, also as the inner
 * error of Dexie's AbortError or among a BulkError's failures). `tooLarge`: Chromium refused one value
 * ("UnknownError: The serialized keys and/or value are too large").
 */
export type StorageFullReason = 'quota' | 'tooLarge';

/** How much of the origin's storage is used and how much it may use, in bytes, when the browser says. */
export interface StorageUse {
  usage: number | null;
  quota: number | null;
}

export class StorageFullError extends Error {
  constructor(
    readonly reason: StorageFullReason,
    readonly use: StorageUse,
    /** The browser's own error, for the console; never shown. */
    readonly original: unknown,
  ) {
    super(`Storage is full (${reason}); used ${use.usage ?? '?'} of ${use.quota ?? '?'} bytes`);
    this.name = 'StorageFullError';
  }
}

const TOO_LARGE = /serialized keys and\/or value are too large|value too large|too large/i;
/** Legacy DOMException code of QuotaExceededError. */
const QUOTA_CODE = 22;

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  inner?: unknown;
  cause?: unknown;
  failures?: unknown;
}

function reasonOf(error: unknown, depth: number): StorageFullReason | null {
  if (typeof error !== 'object' || error === null || depth > 6) return null;
  if (error instanceof StorageFullError) return error.reason;
  const e = error as ErrorLike;
  const name = typeof e.name === 'string' ? e.name : '';
  const message = typeof e.message === 'string' ? e.message : '';
  if (name === 'QuotaExceededError' || (name !== 'AbortError' && e.code === QUOTA_CODE)) return 'quota';
  if (name === 'UnknownError' && TOO_LARGE.test(message)) return 'tooLarge';
  // Dexie puts the browser's error in `inner` (AbortError, its own QuotaExceededError and UnknownError).
  const nested = [e.inner, e.cause, ...(Array.isArray(e.failures) ? e.failures : []), ...(isRecordOfErrors(e.failures) ? Object.values(e.failures) : [])];
  for (const inner of nested) {
    const reason = reasonOf(inner, depth + 1);
    if (reason) return reason;
  }
  return null;
}

/** Dexie's BulkError keeps `failuresByPos` and, in some versions, `failures` as an object by position. */
function isRecordOfErrors(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether a write failed because storage is full or a value is too large, and which; null for any other error. */
export function storageFullReason(error: unknown): StorageFullReason | null {
  return reasonOf(error, 0);
}

/** The catalog key (namespace `storageFull`) and values of the message for a storage-full error. */
export function storageFullMessage(error: StorageFullError, formatBytes: (bytes: number) => string): { key: string; values: Record<string, string> } {
  const { usage, quota } = error.use;
  if (error.reason === 'tooLarge') return { key: 'storageFull.tooLarge', values: {} };
  if (usage === null || quota === null) return { key: 'storageFull.quotaUnknown', values: {} };
  return { key: 'storageFull.quota', values: { used: formatBytes(usage), available: formatBytes(Math.max(0, quota - usage)), quota: formatBytes(quota) } };
}
