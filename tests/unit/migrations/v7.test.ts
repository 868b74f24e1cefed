import { describe, expect, it } from 'vitest';
import { migrateSnapshot } from '../../../shared/migrations';
import { defaultScalesV7 } from '../../../shared/migrations/v7';
import { FACTOR_SCALE_LEVELS, MATRIX_SCALE_LEVELS } from '../../../shared/domain/ratingScales';
import { fixture, rawFixture, records } from './fixtures';

describe('migration v6 → v7', () => {
  it('gives every evaluation the default scale of each shipped framework, with derived ids', () => {
    const added = defaultScalesV7(records(6, 'evaluations'), []);
    expect(added.map((s) => s.id)).toEqual(
      ['eval-5', 'eval-5b'].flatMap((e) => ['results-matrix', 'learning-factors', 'success-factors', 'lnu-conditions', 'multi-level-governance'].map((f) => `${e}:scale:${f}`)),
    );
    const matrix = added.find((s) => s.id === 'eval-5:scale:results-matrix');
    expect(matrix).toMatchObject({ evaluationId: 'eval-5', frameworkId: 'results-matrix', levels: MATRIX_SCALE_LEVELS });
    expect(added.find((s) => s.id === 'eval-5b:scale:learning-factors')).toMatchObject({ evaluationId: 'eval-5b', levels: FACTOR_SCALE_LEVELS });
  });

  it('labels every level in both languages and marks the one that cannot be assessed', () => {
    for (const levels of [FACTOR_SCALE_LEVELS, MATRIX_SCALE_LEVELS]) {
      for (const level of levels) expect(level.labelSv.trim() !== '' && level.labelEn.trim() !== '').toBe(true);
      expect(levels.filter((l) => l.notAssessable)).toHaveLength(1);
    }
    expect(FACTOR_SCALE_LEVELS.map((l) => l.labelSv)).toEqual(['Saknas', 'Svagt', 'Delvis', 'Starkt', 'Kan inte bedömas']);
    expect(MATRIX_SCALE_LEVELS.map((l) => l.labelSv)).toEqual(['Uppnått', 'Delvis uppnått', 'Inte uppnått', 'För tidigt att säga']);
  });

  it('adds no scale an evaluation already has', () => {
    const first = defaultScalesV7(records(6, 'evaluations'), []);
    expect(defaultScalesV7(records(6, 'evaluations'), first)).toEqual([]);
  });

  it('migrates what v6 wrote: the scales table is created, everything else is untouched', () => {
    const v6 = fixture(6);
    const migrated = migrateSnapshot(rawFixture(6), 7);
    expect(migrated.version).toBe(7);
    for (const [table, list] of Object.entries(v6.tables)) expect(migrated.tables[table], table).toEqual(list);
    expect(migrated.tables.ratingScales).toHaveLength(10);
    expect(migrateSnapshot(rawFixture(6), 7)).toEqual(migrated);
  });
});
