import { describe, expect, it } from 'vitest';
import { unmatchedKeys } from '../../../../shared/ingest/tables/unmatchedKeys';

const row = (key: string | null, projectId: string | null = null) => ({ key, projectId });

describe('unmatched keys', () => {
  it('counts rows without a project by key, alike spellings together under the first, sorted the Swedish way', () => {
    const rows = [row('Östra MB-2'), row('mb 1'), row('MB-1'), row('MB-1', 'p1'), row(null), row('Åby'), row('ostra mb2'), row('mb 1'), row('Zeta')];
    expect(unmatchedKeys(rows)).toEqual([
      { key: 'mb 1', rows: 3 },
      { key: 'Zeta', rows: 1 },
      { key: 'Åby', rows: 1 },
      { key: 'Östra MB-2', rows: 2 },
    ]);
  });

  it('gives nothing when every row has a project or no key', () => {
    expect(unmatchedKeys([row('MB-1', 'p1'), row(null)])).toEqual([]);
  });
});
