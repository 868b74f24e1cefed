import { SparbarDatabase } from './db';
import { CURRENT_VERSION, DATABASE_NAME } from './schema';

/** Why the database could not be opened; the UI explains each and says what to do. */
export type DatabaseProblem = 'blocked' | 'newerVersion' | 'quota' | 'unavailable' | 'unknown';

export class DatabaseOpenError extends Error {
  constructor(
    readonly problem: DatabaseProblem,
    readonly detail: string,
  ) {
    super(`Database could not be opened (${problem}): ${detail}`);
    this.name = 'DatabaseOpenError';
  }
}

/** Maps an error from Dexie or IndexedDB to a problem the user can act on. */
export function classifyOpenError(error: unknown): DatabaseProblem {
  const name = error instanceof Error ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  const names = [name, inner];
  if (names.includes('VersionError')) return 'newerVersion';
  if (names.includes('QuotaExceededError')) return 'quota';
  if (names.includes('MissingAPIError') || names.includes('InvalidStateError') || names.includes('SecurityError')) return 'unavailable';
  if (names.includes('DatabaseClosedError') && /blocked/i.test(String((error as Error).message))) return 'blocked';
  return 'unknown';
}

/**
 * The version of the database as installed (in Dexie's numbering), or null when there is none. Looks
 * without creating or changing anything: an open that would create the database is aborted.
 */
export function installedVersion(name: string): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => {
      const version = request.result.version;
      request.result.close();
      resolve(version / 10);
    };
    request.onerror = (event) => {
      if (request.error?.name === 'AbortError') {
        event.preventDefault();
        resolve(null);
      } else {
        reject(request.error);
      }
    };
  });
}

/**
 * Opens the database. If another window holds an older version open and blocks the upgrade, the
 * open is reported as blocked instead of hanging.
 */
export async function openDatabase(name?: string, blockedAfterMs = 4000): Promise<SparbarDatabase> {
  const dbName = name ?? DATABASE_NAME;
  // A newer release may have upgraded the database; Dexie would quietly adapt it, so look first.
  const installed = await installedVersion(dbName).catch(() => null);
  if (installed !== null && installed > CURRENT_VERSION) {
    throw new DatabaseOpenError('newerVersion', `the database has schema version ${installed}; this release knows ${CURRENT_VERSION}`);
  }
  const db = new SparbarDatabase(dbName);
  let blockedTimer: ReturnType<typeof setTimeout> | undefined;
  const blocked = new Promise<never>((_, reject) => {
    db.on('blocked', () => {
      blockedTimer = setTimeout(() => reject(new DatabaseOpenError('blocked', 'another window keeps an older version open')), blockedAfterMs);
    });
  });
  try {
    await Promise.race([db.open(), blocked]);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof DatabaseOpenError) throw error;
    throw new DatabaseOpenError(classifyOpenError(error), error instanceof Error ? `${error.name}: ${error.message}` : String(error));
  } finally {
    if (blockedTimer) clearTimeout(blockedTimer);
  }
}
