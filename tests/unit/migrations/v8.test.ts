import { describe, expect, it } from 'vitest';
import { migrateSnapshot } from '../../../shared/migrations';
import { documentToV8 } from '../../../shared/migrations/v8';
import { byId, fixture, rawFixture, records } from './fixtures';

describe('migration v7 → v8', () => {
  it('marks no document as the twin of another, and keeps a mark already there', () => {
    const doc = byId(records(7, 'documents'), 'doc-7a');
    expect(documentToV8(doc)).toEqual({ ...doc, duplicateOf: null, duplicateSimilarity: null });
    const marked = { ...doc, duplicateOf: 'doc-7b', duplicateSimilarity: 0.97 };
    expect(documentToV8(marked)).toEqual(marked);
  });

  it('migrates what v7 wrote: documents keep their project, passages theirs, everything else is untouched', () => {
    const v7 = fixture(7);
    const migrated = migrateSnapshot(rawFixture(7), 8);
    expect(migrated.version).toBe(8);
    expect(migrated.tables.documents).toEqual(records(7, 'documents').map((d) => ({ ...d, duplicateOf: null, duplicateSimilarity: null })));
    expect(migrated.tables.documents?.map((d) => d.projectId)).toEqual(['proj-7', 'proj-7']);
    for (const [table, list] of Object.entries(v7.tables)) if (table !== 'documents') expect(migrated.tables[table], table).toEqual(list);
    expect(migrated.tables.segments?.[0]?.projectId).toBe('proj-7');
    expect(migrateSnapshot(rawFixture(7), 8)).toEqual(migrated);
  });
});
