import { describe, expect, it } from 'vitest';
import { backupFileName, type StoredBackup } from '../../../../shared/domain';
import { groupBackups } from '../../../../renderer/features/settings/backupGroups';

const backup = (evaluationId: string, savedAt: string, title: string | null): StoredBackup => ({
  evaluationId,
  name: backupFileName(evaluationId, savedAt),
  size: 1,
  savedAt,
  meta: { evaluationId, title, savedAt, counts: null, encrypted: title === null },
});

describe('groupBackups', () => {
  it('puts the open evaluation first, then those in the store, then those gone, newest backup first', () => {
    const list = [
      backup('gone', '2026-01-01T00:00:00.000Z', 'Borttagen'),
      backup('b', '2026-01-01T00:00:00.000Z', 'Gammal titel'),
      backup('open', '2026-01-01T00:00:00.000Z', 'Öppen'),
      backup('open', '2026-01-02T00:00:00.000Z', 'Öppen'),
      backup('crypt', '2026-01-02T00:00:00.000Z', null),
    ];
    const groups = groupBackups(list, new Map([['open', 'Öppen'], ['b', 'Ny titel']]), 'open');
    expect(groups.map((g) => [g.evaluationId, g.title, g.inStore])).toEqual([
      ['open', 'Öppen', true],
      ['b', 'Ny titel', true],
      ['gone', 'Borttagen', false],
      ['crypt', null, false],
    ]);
    expect(groups[0]?.backups.map((b) => b.savedAt)).toEqual(['2026-01-02T00:00:00.000Z', '2026-01-01T00:00:00.000Z']);
  });
});
