import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SparbarDatabase } from '../../../renderer/store/dexie/db';
import { classifyOpenError, DatabaseOpenError, openDatabase } from '../../../renderer/store/dexie/openDatabase';
import { CURRENT_VERSION, SCHEMA_V1, SCHEMA_V12 } from '../../../renderer/store/dexie/schema';
import { uniqueName } from './harness';

const cleanups: (() => void)[] = [];

afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function named(name: string, message = 'x'): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}

async function openError(promise: Promise<unknown>): Promise<DatabaseOpenError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(DatabaseOpenError);
    return error as DatabaseOpenError;
  }
  throw new Error('the database opened');
}

/** Dexie warns on the console when an upgrade is blocked; keep the test output clean. */
function quietBlockedWarning(): void {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  cleanups.push(() => warn.mockRestore());
}

function rawOpen(name: string, version: number, upgrade?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onupgradeneeded = () => upgrade?.(request.result);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

describe('classifyOpenError', () => {
  it('maps a VersionError to newerVersion', () => {
    expect(classifyOpenError(new Dexie.VersionError('newer'))).toBe('newerVersion');
    expect(classifyOpenError(named('VersionError'))).toBe('newerVersion');
  });

  it('maps a QuotaExceededError, also when Dexie wraps it as inner', () => {
    expect(classifyOpenError(new Dexie.QuotaExceededError('full'))).toBe('quota');
    expect(classifyOpenError(new DOMException('full', 'QuotaExceededError'))).toBe('quota');
    expect(classifyOpenError(new Dexie.OpenFailedError('open failed', named('QuotaExceededError')))).toBe('quota');
    expect(classifyOpenError(Object.assign(named('AbortError'), { inner: { name: 'QuotaExceededError' } }))).toBe('quota');
  });

  it('maps a missing or refused IndexedDB to unavailable', () => {
    expect(classifyOpenError(new Dexie.MissingAPIError('no indexedDB'))).toBe('unavailable');
    expect(classifyOpenError(new DOMException('private mode', 'InvalidStateError'))).toBe('unavailable');
    expect(classifyOpenError(new DOMException('denied', 'SecurityError'))).toBe('unavailable');
    expect(classifyOpenError(new Dexie.OpenFailedError('open failed', named('MissingAPIError')))).toBe('unavailable');
  });

  it('maps a closed database that says it was blocked to blocked, and other closes to unknown', () => {
    expect(classifyOpenError(new Dexie.DatabaseClosedError('Upgrade blocked by another connection'))).toBe('blocked');
    expect(classifyOpenError(new Dexie.DatabaseClosedError('Database has been closed'))).toBe('unknown');
  });

  it.each([
    ['a plain Error', new Error('boom')],
    ['a string', 'boom'],
    ['null', null],
    ['undefined', undefined],
    ['an object', { name: 'VersionError' }],
    ['an UnknownError', named('UnknownError')],
  ])('maps %s to unknown', (_name, error) => {
    expect(classifyOpenError(error)).toBe('unknown');
  });
});

describe('openDatabase', () => {
  it('opens a new database at the current version with its tables', async () => {
    const db = await openDatabase(uniqueName('open-new'), 200);
    cleanups.push(() => db.close());
    expect(db).toBeInstanceOf(SparbarDatabase);
    expect(db.isOpen()).toBe(true);
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(Object.entries(SCHEMA_V12).flatMap(([table, spec]) => (spec === null ? [] : [table])).sort());
    await db.settings.put({ key: 'k', value: 1, updatedAt: 'now' });
    expect(await db.settings.count()).toBe(1);
  });

  it('opens a database the app has used before, with its data', async () => {
    const name = uniqueName('open-again');
    const first = await openDatabase(name, 200);
    await first.settings.put({ key: 'language', value: 'en', updatedAt: 'now' });
    first.close();
    const second = await openDatabase(name, 200);
    cleanups.push(() => second.close());
    expect((await second.settings.get('language'))?.value).toBe('en');
  });

  it("rejects with 'newerVersion' a database that a newer release upgraded, and leaves it as it is", async () => {
    const name = uniqueName('open-newer');
    const newer = new Dexie(name);
    newer.version(1).stores(SCHEMA_V1);
    newer.version(CURRENT_VERSION + 1).stores({ ...SCHEMA_V1, reports: 'id, evaluationId' });
    await newer.open();
    await newer.table('reports').put({ id: 'r1', evaluationId: 'e1' });
    newer.close();

    const error = await openError(openDatabase(name, 200));
    expect(error.problem).toBe('newerVersion');
    expect(error.name).toBe('DatabaseOpenError');
    expect(error.message).toContain('newerVersion');

    // The newer database is untouched: still its version, its own table and data kept.
    const check = new Dexie(name);
    check.version(CURRENT_VERSION + 1).stores({ ...SCHEMA_V1, reports: 'id, evaluationId' });
    await check.open();
    cleanups.push(() => check.close());
    expect(check.backendDB().version).toBe((CURRENT_VERSION + 1) * 10);
    expect(await check.table('reports').toArray()).toEqual([{ id: 'r1', evaluationId: 'e1' }]);
  });

  it("rejects with 'newerVersion' while the newer release still has the database open", async () => {
    const name = uniqueName('open-newer-open');
    const newer = new Dexie(name);
    newer.version(CURRENT_VERSION + 2).stores({ ...SCHEMA_V1, extra: 'id' });
    await newer.open();
    cleanups.push(() => newer.close());
    expect((await openError(openDatabase(name, 200))).problem).toBe('newerVersion');
    expect(newer.isOpen()).toBe(true);
  });

  it("rejects with 'blocked' within blockedAfterMs when an older connection does not close", async () => {
    const name = uniqueName('open-blocked');
    quietBlockedWarning();
    const old = await rawOpen(name, 1, (db) => db.createObjectStore('old'));
    let versionChanges = 0;
    // An older window that ignores the request to close.
    old.onversionchange = () => {
      versionChanges++;
    };
    cleanups.push(() => old.close());

    const started = Date.now();
    const error = await openError(openDatabase(name, 200));
    const elapsed = Date.now() - started;
    expect(error.problem).toBe('blocked');
    expect(versionChanges).toBeGreaterThan(0);
    expect(elapsed).toBeGreaterThanOrEqual(190);
    expect(elapsed).toBeLessThan(3000);
  });

  it('opens once the blocking connection is closed', async () => {
    const name = uniqueName('open-unblocked');
    quietBlockedWarning();
    const old = await rawOpen(name, 1, (db) => db.createObjectStore('old'));
    old.onversionchange = () => undefined;
    expect((await openError(openDatabase(name, 200))).problem).toBe('blocked');
    old.close();
    const db = await openDatabase(name, 200);
    cleanups.push(() => db.close());
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(Object.entries(SCHEMA_V12).flatMap(([table, spec]) => (spec === null ? [] : [table])).sort());
  });

  it('waits out a short block: an older connection that closes in time does not fail the open', async () => {
    const name = uniqueName('open-short-block');
    quietBlockedWarning();
    const old = await rawOpen(name, 1, (db) => db.createObjectStore('old'));
    old.onversionchange = () => {
      setTimeout(() => old.close(), 50);
    };
    const db = await openDatabase(name, 2000);
    cleanups.push(() => db.close());
    expect(db.isOpen()).toBe(true);
    expect(db.verno).toBe(CURRENT_VERSION);
  });
});
