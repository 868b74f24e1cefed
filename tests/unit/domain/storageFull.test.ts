import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { StorageFullError, storageFullMessage, storageFullReason } from '../../../shared/domain/storageFull';

const quotaDom = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
// Chromium's words when one value is over its limit (about 133 MB).
const tooLargeDom = () => new DOMException('The serialized keys and/or value are too large (size=140000000 bytes, max=133169152 bytes).', 'UnknownError');

describe('storageFullReason', () => {
  it('knows the browser’s QuotaExceededError, as a DOMException and by its legacy code', () => {
    expect(storageFullReason(quotaDom())).toBe('quota');
    expect(storageFullReason({ name: 'Error', message: 'x', code: 22 })).toBe('quota');
  });

  it('knows Dexie’s wrappers: its QuotaExceededError, an AbortError with the quota error inner, a BulkError among whose failures it is', () => {
    expect(storageFullReason(new Dexie.QuotaExceededError('Quota exceeded', quotaDom()))).toBe('quota');
    expect(storageFullReason(new Dexie.AbortError('Transaction aborted', quotaDom()))).toBe('quota');
    expect(storageFullReason(new Dexie.AbortError('Transaction aborted', new Dexie.QuotaExceededError('Quota exceeded', quotaDom())))).toBe('quota');
    const bulk = new Dexie.BulkError('2 of 3 operations failed', { 1: new Dexie.ConstraintError('Key already exists'), 2: quotaDom() } as never);
    expect(storageFullReason(bulk)).toBe('quota');
    expect(storageFullReason(new Error('write failed', { cause: quotaDom() }))).toBe('quota');
  });

  it('knows Chromium’s “serialized keys and/or value are too large”, bare and as Dexie gives it', () => {
    expect(storageFullReason(tooLargeDom())).toBe('tooLarge');
    expect(storageFullReason(new Dexie.UnknownError('The serialized keys and/or value are too large', tooLargeDom()))).toBe('tooLarge');
    expect(storageFullReason(new Dexie.AbortError('Transaction aborted', tooLargeDom()))).toBe('tooLarge');
  });

  it('leaves every other error alone', () => {
    expect(storageFullReason(new Dexie.ConstraintError('Key already exists in the object store.'))).toBeNull();
    expect(storageFullReason(new Dexie.AbortError('Transaction aborted'))).toBeNull();
    expect(storageFullReason(new DOMException('Disk I/O failure', 'UnknownError'))).toBeNull();
    expect(storageFullReason(new Error('No project p-1 in this evaluation'))).toBeNull();
    expect(storageFullReason({ name: 'AbortError', code: 22 })).toBeNull();
    for (const odd of [null, undefined, 'QuotaExceededError', 22]) expect(storageFullReason(odd)).toBeNull();
  });

  it('gives a StorageFullError its own reason back', () => {
    expect(storageFullReason(new StorageFullError('tooLarge', { usage: 1, quota: 2 }, tooLargeDom()))).toBe('tooLarge');
  });
});

describe('storageFullMessage', () => {
  const bytes = (n: number) => `${n} B`;
  it('says how much is used and left when the browser says, and only what to do when it does not', () => {
    expect(storageFullMessage(new StorageFullError('quota', { usage: 900, quota: 1000 }, null), bytes)).toEqual({
      key: 'storageFull.quota',
      values: { used: '900 B', available: '100 B', quota: '1000 B' },
    });
    expect(storageFullMessage(new StorageFullError('quota', { usage: 1200, quota: 1000 }, null), bytes).values.available).toBe('0 B');
    expect(storageFullMessage(new StorageFullError('quota', { usage: null, quota: 1000 }, null), bytes)).toEqual({ key: 'storageFull.quotaUnknown', values: {} });
    expect(storageFullMessage(new StorageFullError('tooLarge', { usage: 1, quota: 2 }, null), bytes)).toEqual({ key: 'storageFull.tooLarge', values: {} });
  });
});
