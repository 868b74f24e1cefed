import { useSyncExternalStore } from 'react';

/**
 * The passphrase backups are encrypted with: in this module's memory only while the app runs, never
 * stored anywhere. Null: backups are not encrypted.
 */
let passphrase: string | null = null;
const listeners = new Set<() => void>();

export function backupPassphrase(): string | null {
  return passphrase;
}

export function setBackupPassphrase(value: string | null): void {
  passphrase = value === '' ? null : value;
  for (const listener of [...listeners]) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Whether backups are encrypted now (the passphrase itself is not handed to screens). */
export function useBackupsEncrypted(): boolean {
  return useSyncExternalStore(subscribe, () => passphrase !== null);
}
