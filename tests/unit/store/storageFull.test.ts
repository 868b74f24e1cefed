import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { SparbarDatabase } from '../../../renderer/store/dexie/db';
import { createRepositories, type Repositories } from '../../../renderer/store/dexie/repositories';
import { StorageFullError } from '../../../shared/domain/storageFull';
import { codeIdOf, evaluationInput, importText, matrix, REPORT_TEXT, snapshot, testDeps, uniqueName } from './harness';

const USE = { usage: 900_000_000, quota: 1_000_000_000 };

let db: SparbarDatabase | undefined;
let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restore = undefined;
  db?.close();
});

function open(): { db: SparbarDatabase; repos: Repositories } {
  db = new SparbarDatabase(uniqueName('storage-full'));
  return { db, repos: createRepositories(db, { ...testDeps(), estimateStorage: async () => USE }, () => [matrix]) };
}

/** From now on, every add and put into these stores throws as the browser does when a write does not fit. */
function failWrites(stores: string | string[], error: () => DOMException): void {
  const proto = IDBObjectStore.prototype;
  const { add, put } = proto;
  const failing = (original: typeof add) =>
    function (this: IDBObjectStore, ...args: Parameters<typeof add>) {
      if ([stores].flat().includes(this.name)) throw error();
      return original.apply(this, args);
    };
  proto.add = failing(add);
  proto.put = failing(put);
  restore = () => {
    proto.add = add;
    proto.put = put;
  };
}

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const tooLarge = () => new DOMException('The serialized keys and/or value are too large (size=140000000 bytes, max=133169152 bytes).', 'UnknownError');

describe('a write that does not fit', () => {
  it('an import whose original does not fit stores nothing of the document, and fails with StorageFullError and the storage used', async () => {
    const { db, repos } = open();
    const evaluation = await repos.evaluations.create(evaluationInput());
    const before = await snapshot(db);
    // The document and its text pieces are written first in the transaction; the original fails after them.
    failWrites('originals', quota);
    const error = await importText(repos, evaluation.id, null, REPORT_TEXT).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageFullError);
    expect(error).toMatchObject({ reason: 'quota', use: USE });
    expect((error as StorageFullError).original).toBeDefined();
    expect(await snapshot(db)).toEqual(before);
  });

  it('a value over Chromium’s limit is the same error, reason tooLarge, and nothing is written', async () => {
    const { db, repos } = open();
    const evaluation = await repos.evaluations.create(evaluationInput());
    const before = await snapshot(db);
    failWrites('documentTextPieces', tooLarge);
    await expect(importText(repos, evaluation.id, null, REPORT_TEXT)).rejects.toMatchObject({ name: 'StorageFullError', reason: 'tooLarge' });
    expect(await snapshot(db)).toEqual(before);
  });

  it('coding that does not fit leaves the passages and the audit log as they were', async () => {
    const { db, repos } = open();
    const evaluation = await repos.evaluations.create(evaluationInput());
    const documentId = await importText(repos, evaluation.id, null, REPORT_TEXT);
    const codeId = await codeIdOf(repos, evaluation.id, 'lokal.results.natverk');
    const before = await snapshot(db);
    failWrites('auditLog', quota);
    await expect(repos.coding.code(documentId, 0, 12, codeId)).rejects.toBeInstanceOf(StorageFullError);
    expect(await snapshot(db)).toEqual(before);
  });

  it('restoring an evaluation file that does not fit writes none of it', async () => {
    const { db, repos } = open();
    const evaluation = await repos.evaluations.create(evaluationInput());
    await importText(repos, evaluation.id, null, REPORT_TEXT);
    const file = await repos.evaluationFiles.snapshotOf(evaluation.id);
    const before = await snapshot(db);
    failWrites(['segments', 'codes'], quota);
    await expect(repos.evaluationFiles.restore(file, 'copy')).rejects.toMatchObject({ name: 'StorageFullError', reason: 'quota' });
    expect(await snapshot(db)).toEqual(before);
  });

  it('any other failure passes as it was', async () => {
    const { repos } = open();
    const evaluation = await repos.evaluations.create(evaluationInput());
    failWrites('originals', () => new DOMException('Key already exists in the object store.', 'ConstraintError'));
    const error = await importText(repos, evaluation.id, null, REPORT_TEXT).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(StorageFullError);
    expect(String(error)).toMatch(/ConstraintError|Key already exists/);
  });

  it('without an estimate the error still comes, with the storage used unknown', async () => {
    db = new SparbarDatabase(uniqueName('storage-full-unknown'));
    const repos = createRepositories(db, { ...testDeps(), estimateStorage: () => Promise.reject(new Error('no estimate')) }, () => [matrix]);
    const evaluation = await repos.evaluations.create(evaluationInput());
    failWrites('originals', quota);
    await expect(importText(repos, evaluation.id, null, REPORT_TEXT)).rejects.toMatchObject({ reason: 'quota', use: { usage: null, quota: null } });
  });
});
