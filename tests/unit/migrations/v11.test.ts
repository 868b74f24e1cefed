import { describe, expect, it } from 'vitest';
import { defaultReportSettings, REPORT_SECTION_IDS } from '../../../shared/domain';
import { LATEST_VERSION, migrateSnapshot } from '../../../shared/migrations';
import { defaultReportSettingsV11 } from '../../../shared/migrations/v11';
import { fixture, rawFixture, records } from './fixtures';

describe('migration v10 → v11', () => {
  it('gives every evaluation the default report settings, keyed by its id and dated when it was last changed', () => {
    const added = defaultReportSettingsV11(records(10, 'evaluations'), []);
    expect(added).toEqual([defaultReportSettings('eval-7', '2025-06-01T08:00:00.000Z'), defaultReportSettings('eval-10', '2026-03-15T14:30:00.000Z')]);
    expect(added[1]).toMatchObject({
      evaluationId: 'eval-10',
      sections: REPORT_SECTION_IDS.map((id) => ({ id, enabled: true })),
      texts: {},
      reportDate: null,
      logo: null,
      template: null,
      quotesPerCategory: 3,
      anonymise: true,
      people: [],
    });
  });

  it('adds none for an evaluation that has its settings already, nor for a record that is not an evaluation', () => {
    const first = defaultReportSettingsV11(records(10, 'evaluations'), []);
    expect(defaultReportSettingsV11(records(10, 'evaluations'), first)).toEqual([]);
    expect(defaultReportSettingsV11([{ title: 'no id' }], [])).toEqual([]);
  });

  it('migrates what v10 wrote: the reportSettings table is created, everything else is untouched', () => {
    expect(LATEST_VERSION).toBeGreaterThanOrEqual(11);
    const v10 = fixture(10);
    const migrated = migrateSnapshot(rawFixture(10), 11);
    expect(migrated.version).toBe(11);
    for (const [table, list] of Object.entries(v10.tables)) expect(migrated.tables[table], table).toEqual(list);
    expect(Object.keys(migrated.tables).sort()).toEqual([...Object.keys(v10.tables), 'reportSettings'].sort());
    expect(migrated.tables.reportSettings?.map((s) => s.evaluationId)).toEqual(['eval-7', 'eval-10']);
    // Passages keep no mark: absent is "not in the report".
    for (const segment of migrated.tables.segments ?? []) expect(segment).not.toHaveProperty('inReport');
    expect(migrateSnapshot(rawFixture(10), 11)).toEqual(migrated);
  });
});
