import { describe, expect, it } from 'vitest';
import { backupDue, latestTime } from '../../../../shared/exchange/backups';

const base = { justOpened: false, now: '2026-01-01T10:20:00.000Z', lastBackupAt: '2026-01-01T10:00:00.000Z', changed: true };

describe('backupDue', () => {
  it('backs up on opening, whatever changed', () => {
    expect(backupDue({ ...base, justOpened: true, changed: false })).toBe('opened');
  });
  it('backs up when 15 minutes passed and something changed since the last backup', () => {
    expect(backupDue(base)).toBe('changes');
    expect(backupDue({ ...base, now: '2026-01-01T10:15:00.000Z' })).toBe('changes');
  });
  it('waits while fewer than 15 minutes passed', () => {
    expect(backupDue({ ...base, now: '2026-01-01T10:14:59.999Z' })).toBeNull();
  });
  it('does not back up without changes since the last backup', () => {
    expect(backupDue({ ...base, changed: false })).toBeNull();
    expect(backupDue({ ...base, changed: false, lastBackupAt: null })).toBeNull();
  });
  it('backs up a changed evaluation that has no backup yet, or whose last backup has no readable time', () => {
    expect(backupDue({ ...base, lastBackupAt: null })).toBe('changes');
    expect(backupDue({ ...base, lastBackupAt: 'x' })).toBe('changes');
  });
});

describe('latestTime', () => {
  it('gives the newest time, ignoring missing and unreadable ones', () => {
    expect(latestTime(null, '2026-01-01T10:00:00.000Z', undefined, 'x', '2026-01-01T11:00:00.000Z', '2025-01-01T00:00:00.000Z')).toBe('2026-01-01T11:00:00.000Z');
    expect(latestTime(null, undefined)).toBeNull();
  });
});
