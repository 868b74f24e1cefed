import type { StorageUse } from '../../../shared/domain/storageFull';

/** Browser storage persistence and usage, shown in Settings. */
export interface StorageStatus {
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

export async function requestPersistentStorage(): Promise<boolean | null> {
  if (!navigator.storage?.persist) return null;
  try {
    return (await navigator.storage.persisted()) || (await navigator.storage.persist());
  } catch {
    return null;
  }
}

export async function storageStatus(): Promise<StorageStatus> {
  const persisted = navigator.storage?.persisted ? await navigator.storage.persisted().catch(() => null) : null;
  const estimate = navigator.storage?.estimate ? await navigator.storage.estimate().catch(() => null) : null;
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

/** How much storage the origin uses and may use (unknown where the browser does not say, or outside one). */
export async function storageUse(): Promise<StorageUse> {
  if (typeof navigator === 'undefined' || !navigator.storage?.estimate) return { usage: null, quota: null };
  const estimate = await navigator.storage.estimate().catch(() => null);
  return { usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}
