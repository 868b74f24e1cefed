import { describe, expect, it } from 'vitest';
import { backupsToKeep, KEEP_LAST } from '../../../../shared/exchange/backups';

const at = (iso: string) => ({ savedAt: iso });
const times = (list: { savedAt: string }[]) => list.map((b) => b.savedAt);

describe('backupsToKeep', () => {
  it('keeps everything when there are ten or fewer', () => {
    const backups = Array.from({ length: KEEP_LAST }, (_, i) => at(`2026-01-01T0${i}:00:00.000Z`));
    expect(backupsToKeep(backups, '2026-01-01T12:00:00.000Z')).toEqual({ keep: backups, remove: [] });
  });

  it('keeps the newest ten of one day and removes the older ones', () => {
    const backups = Array.from({ length: 14 }, (_, i) => at(`2026-01-01T${String(i + 1).padStart(2, '0')}:00:00.000Z`));
    const result = backupsToKeep(backups, '2026-01-01T23:00:00.000Z');
    expect(times(result.remove)).toEqual(times(backups.slice(0, 4)));
    expect(result.keep).toHaveLength(10);
  });

  it('keeps the newest of each of the last seven days beyond the last ten, and not older days', () => {
    const backups = [];
    // Two a day for ten days, 2026-01-01 to 2026-01-10, then twelve on the 11th.
    for (let day = 1; day <= 10; day++) {
      const d = String(day).padStart(2, '0');
      backups.push(at(`2026-01-${d}T08:00:00.000Z`), at(`2026-01-${d}T16:00:00.000Z`));
    }
    for (let hour = 0; hour < 12; hour++) backups.push(at(`2026-01-11T${String(hour).padStart(2, '0')}:30:00.000Z`));
    const result = backupsToKeep(backups, '2026-01-11T13:00:00.000Z');
    const kept = times(result.keep);
    // The last ten are all of the 11th; the daily ones are the newest of the 5th to the 10th (and the 11th).
    expect(kept.filter((t) => t.startsWith('2026-01-11'))).toHaveLength(10);
    for (const day of ['05', '06', '07', '08', '09', '10']) expect(kept).toContain(`2026-01-${day}T16:00:00.000Z`);
    expect(kept).not.toContain('2026-01-10T08:00:00.000Z');
    expect(kept).not.toContain('2026-01-04T16:00:00.000Z');
    expect(kept).toHaveLength(16);
    expect(result.remove).toHaveLength(backups.length - 16);
  });

  it('keeps a backup whose time cannot be read, and works on any order', () => {
    const odd = at('not a time');
    const backups = [odd, ...Array.from({ length: 12 }, (_, i) => at(`2025-06-${String(i + 1).padStart(2, '0')}T00:00:00.000Z`)).reverse()];
    const result = backupsToKeep(backups, '2026-01-01T00:00:00.000Z');
    expect(result.keep).toContain(odd);
    expect(times(result.remove)).toEqual(['2025-06-02T00:00:00.000Z', '2025-06-01T00:00:00.000Z']);
  });
});
