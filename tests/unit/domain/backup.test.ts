import { describe, expect, it } from 'vitest';
import { backupFileName, parseBackupFileName, parseBackupMeta } from '../../../shared/domain';

describe('backup file names', () => {
  it('names a backup by evaluation id and time, without colons, and reads it back', () => {
    const name = backupFileName('3f2a-b_C9', '2026-12-07T05:13:10.123Z');
    expect(name).toBe('3f2a-b_C9_2026-12-07T05-13-10.123Z.sparbar');
    expect(name).not.toMatch(/[\\/:*?"<>|]/);
    expect(parseBackupFileName(name)).toEqual({ evaluationId: '3f2a-b_C9', savedAt: '2026-12-07T05:13:10.123Z' });
  });
  it('refuses ids that could leave the folder and names that are not a backup', () => {
    expect(() => backupFileName('../x', '2026-12-07T05:13:10.123Z')).toThrow();
    expect(() => backupFileName('', '2026-12-07T05:13:10.123Z')).toThrow();
    for (const name of ['../a_2026-12-07T05-13-10.123Z.sparbar', 'a_2026-12-07T05:13:10.123Z.sparbar', 'a_2026-13-07T05-13-10.123Z.sparbar', 'a_2026-12-07T05-13-10.123Z.sparbar.json', 'a.sparbar', 42]) {
      expect(parseBackupFileName(name)).toBeNull();
    }
  });
});

describe('parseBackupMeta', () => {
  const meta = { evaluationId: 'e1', title: 'Tillväxt', savedAt: '2026-12-07T05:13:10.123Z', counts: { projects: 3 }, encrypted: false };
  it('accepts a note and an encrypted note without title or counts', () => {
    expect(parseBackupMeta(meta)).toEqual(meta);
    expect(parseBackupMeta({ ...meta, title: null, counts: null, encrypted: true })).toEqual({ ...meta, title: null, counts: null, encrypted: true });
  });
  it('refuses what is not a note', () => {
    for (const bad of [null, 'x', { ...meta, evaluationId: '../e' }, { ...meta, counts: { projects: -1 } }, { ...meta, encrypted: 'no' }, { ...meta, title: 5 }]) expect(parseBackupMeta(bad)).toBeNull();
  });
});
