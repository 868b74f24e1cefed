import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, migrateSnapshot } from '../../../shared/migrations';
import { fixture, rawFixture } from './fixtures';

describe('migration v11 → v13 (v12 is the table store\u2019s)', () => {
  it('migrates what v11 wrote: the agreementRuns table is created empty, everything else is untouched', () => {
    expect(LATEST_VERSION).toBeGreaterThanOrEqual(13);
    const v11 = fixture(11);
    const migrated = migrateSnapshot(rawFixture(11), 13);
    expect(migrated.version).toBe(13);
    for (const [table, list] of Object.entries(v11.tables)) expect(migrated.tables[table], table).toEqual(list);
    expect(Object.keys(migrated.tables).sort()).toEqual([...Object.keys(v11.tables), 'agreementRuns'].sort());
    expect(migrated.tables.agreementRuns).toEqual([]);
    // Every older passage is a coder's own: none is of the shared coding.
    for (const segment of migrated.tables.segments ?? []) expect(segment).not.toHaveProperty('consensus');
  });

  it('keeps the measurements a snapshot of version 13 already holds', () => {
    const run = { id: 'run-1', evaluationId: 'eval-7' };
    const v13 = { version: 13, tables: { ...fixture(11).tables, agreementRuns: [run] } };
    expect(migrateSnapshot(v13, 13).tables.agreementRuns).toEqual([run]);
  });

  it('runs from the first version to the latest with the table created', () => {
    expect(migrateSnapshot(rawFixture(1)).tables.agreementRuns).toEqual([]);
  });
});
