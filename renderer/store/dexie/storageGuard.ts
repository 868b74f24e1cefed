import { StorageFullError, storageFullReason, type StorageUse } from '../../../shared/domain/storageFull';

/** How much storage the origin uses and may use (navigator.storage.estimate, see storage.ts). */
export type EstimateStorage = () => Promise<StorageUse>;

/**
 * The browser's error, or the one domain error when storage is full or a value too large
 * (shared/domain/storageFull.ts), with how much is used and available. The transaction that failed
 * has aborted whole, so nothing of it is stored.
 */
export async function storageFailure(error: unknown, estimate: EstimateStorage): Promise<unknown> {
  const reason = storageFullReason(error);
  if (reason === null || error instanceof StorageFullError) return error;
  const use = await estimate().catch((): StorageUse => ({ usage: null, quota: null }));
  return new StorageFullError(reason, use, error);
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

/**
 * A repository whose every asynchronous method fails with StorageFullError, never the browser's
 * QuotaExceededError or "UnknownError ... too large", when a write does not fit. Methods run on the
 * repository itself (`this` stays the original); what is not a promise passes through unchanged.
 */
export function guardStorage<T extends object>(repo: T, estimate: EstimateStorage): T {
  const guarded: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(repo)) {
    if (typeof value !== 'function') {
      guarded[name] = value;
      continue;
    }
    const method = value as (...args: unknown[]) => unknown;
    guarded[name] = (...args: unknown[]) => {
      const result = method.apply(repo, args);
      // Dexie's own promises are thenables, not instances of Promise: chained on themselves, they keep
      // Dexie's context (a live query reading through a repository stays a live query).
      if (!isThenable(result)) return result;
      return result.then(undefined, async (error: unknown) => {
        throw await storageFailure(error, estimate);
      });
    };
  }
  return guarded as T;
}
