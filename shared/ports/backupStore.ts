import type { BackupMeta, StoredBackup } from '../domain';

/** Where backups are kept, as Settings says it. */
export type BackupLocation =
  | { kind: 'folder'; path: string; chosen: boolean }
  | { kind: 'opfs' }
  | { kind: 'indexeddb' }
  | { kind: 'memory' };

/**
 * Where automatic backups go: files, never tables of the app's database (deleting an evaluation keeps its
 * backups). Implemented in renderer/platform/ for electron (IPC to main, `.sparbar` files in a folder),
 * web (the origin-private file system, else an IndexedDB database of its own) and tests (in memory).
 * Every method rejects with an Error when the store cannot do it.
 */
export interface BackupStore {
  location(): Promise<BackupLocation>;
  /** Every backup of every evaluation. */
  list(): Promise<StoredBackup[]>;
  /** Writes a backup whole or not at all, with its note. */
  write(name: string, bytes: Uint8Array, meta: BackupMeta): Promise<void>;
  read(evaluationId: string, name: string): Promise<Uint8Array>;
  remove(evaluationId: string, name: string): Promise<void>;
  /** Desktop only: lets the evaluator choose another folder (a native dialog); resolves false when cancelled. */
  readonly chooseFolder?: () => Promise<boolean>;
}
