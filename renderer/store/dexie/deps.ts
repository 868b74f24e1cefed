import type { StorageUse } from '../../../shared/domain/storageFull';

/** The effects repositories need, passed in so tests can fix them. */
export interface RepositoryDeps {
  newId: () => string;
  now: () => string;
  sha256: (bytes: Uint8Array) => Promise<string>;
  /** How much storage is used and available, for the storage-full error; navigator.storage.estimate when not given. */
  estimateStorage?: () => Promise<StorageUse>;
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export const browserDeps: RepositoryDeps = {
  newId: () => crypto.randomUUID(),
  now: () => new Date().toISOString(),
  sha256: sha256Hex,
};
