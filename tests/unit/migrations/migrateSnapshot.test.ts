import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION } from '../../../renderer/store/dexie/schema';
import { LATEST_VERSION, MIGRATIONS, migrateSnapshot, parseSnapshot, SnapshotError } from '../../../shared/migrations';
import { byId, fixture, rawFixture, records } from './fixtures';

const EMPTY_NOTES = { inclusionSv: '', inclusionEn: '', exclusionSv: '', exclusionEn: '', exampleSv: '', exampleEn: '' };
const UNJUDGED = { strength: null, direction: null, coder: '' };

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

describe('the migrations', () => {
  it('reach the schema version of the database, one step per version that changes records, in order', () => {
    expect(LATEST_VERSION).toBe(CURRENT_VERSION);
    expect(MIGRATIONS.map((step) => step.version)).toEqual([2, 4, 5, 6, 7, 8, 9, 11, 13]);
  });
});

describe('migrateSnapshot', () => {
  it('migrates what v1 wrote to the current version', () => {
    const v1 = fixture(1);
    const migrated = migrateSnapshot(rawFixture(1), CURRENT_VERSION);
    expect(migrated.version).toBe(15);
    // v7 added the rating scales table, with each evaluation's default scales; v11 the report settings; v13 the agreement runs.
    expect(Object.keys(migrated.tables).sort()).toEqual([...Object.keys(v1.tables), 'ratingScales', 'reportSettings', 'agreementRuns'].sort());
    expect(migrated.tables.ratingScales).toHaveLength(5 * (v1.tables.evaluations?.length ?? 0));
    expect(migrated.tables.reportSettings?.map((s) => s.evaluationId)).toEqual(v1.tables.evaluations?.map((e) => e.id));
    // Untouched by every step.
    for (const table of ['evaluations', 'projects', 'documentTexts', 'settings']) expect(migrated.tables[table]).toEqual(v1.tables[table]);
    const [doc1, doc2] = records(1, 'documents');
    const version1 = { format: 'txt', pageCount: null, authorOrganisation: '', version: 1, supersededBy: null, duplicateOf: null, duplicateSimilarity: null };
    expect(migrated.tables.documents).toEqual([
      // v9 sketched the text of the one with a text (five words: one shingle).
      { ...doc1, ...version1, wordCount: 5, versionGroupId: 'doc-1', warnings: [{ code: 'imagesIgnored' }], sketch: { hashes: [expect.any(Number)], shingles: 1 } },
      { ...doc2, ...version1, wordCount: 0, versionGroupId: 'doc-2', warnings: [], sketch: null },
    ]);
    const v1Codes = records(1, 'codes');
    expect(migrated.tables.codes?.slice(0, v1Codes.length)).toEqual(v1Codes.map((code) => ({ ...code, ...EMPTY_NOTES, shortcut: null })));
    // v6 gave the results-matrix level its unforeseen results.
    expect(migrated.tables.codes?.slice(v1Codes.length)).toEqual([expect.objectContaining({ id: 'code-lokal:unforeseen', parentId: 'code-lokal', frameworkCodeId: 'lokal.unforeseen', matrixCell: null })]);
    expect(migrated.tables.segments).toEqual([{ ...byId(records(1, 'segments'), 'seg-1'), ...UNJUDGED }]);
  });

  it('migrates what v3 wrote to the current version', () => {
    const v3 = fixture(3);
    const migrated = migrateSnapshot(rawFixture(3), 5);
    expect(migrated.tables.codes).toEqual(records(3, 'codes').map((code) => ({ ...code, ...EMPTY_NOTES, shortcut: null })));
    expect(migrated.tables.dataCodings).toEqual([{ ...byId(records(3, 'dataCodings'), 'dc-3'), memo: '', ...UNJUDGED }]);
    for (const table of ['evaluations', 'projects', 'datasets', 'datasetRows', 'keyMatches', 'undoRecords']) expect(migrated.tables[table]).toEqual(v3.tables[table]);
  });

  it('migrates what v4 wrote to the current version', () => {
    const migrated = migrateSnapshot(rawFixture(4), 5);
    expect(migrated.tables.codes).toEqual([{ ...byId(records(4, 'codes'), 'code-natverk'), shortcut: null }]);
    expect(migrated.tables.segments).toEqual([{ ...byId(records(4, 'segments'), 'seg-4'), ...UNJUDGED }]);
    expect(migrated.tables.dataCodings).toEqual([{ ...byId(records(4, 'dataCodings'), 'dc-4'), ...UNJUDGED }]);
    expect(migrated.tables.settings).toEqual(records(4, 'settings'));
  });

  it('stops at the version asked for', () => {
    const migrated = migrateSnapshot(rawFixture(1), 3);
    expect(migrated.version).toBe(3);
    expect(migrated.tables.documents?.[0]).toMatchObject({ version: 1, wordCount: 5 });
    expect(migrated.tables.codes).toEqual(records(1, 'codes'));
    expect(migrated.tables.segments).toEqual(records(1, 'segments'));
  });

  it('leaves a snapshot of the version asked for as it is', () => {
    expect(migrateSnapshot(rawFixture(4), 4)).toEqual(fixture(4));
    expect(migrateSnapshot(migrateSnapshot(rawFixture(1), 5), 5)).toEqual(migrateSnapshot(rawFixture(1), 5));
  });

  it('migrates to the latest version when no version is given', () => {
    expect(migrateSnapshot(rawFixture(1))).toEqual(migrateSnapshot(rawFixture(1), LATEST_VERSION));
  });

  it('changes nothing of what it was given', () => {
    const raw = deepFreeze(rawFixture(1));
    const before = structuredClone(raw);
    migrateSnapshot(raw, 5);
    expect(raw).toEqual(before);
  });

  it('refuses a snapshot written by a newer version', () => {
    const newer = { version: 6, tables: {} };
    expect(() => migrateSnapshot(newer, 5)).toThrow(SnapshotError);
    expect(() => migrateSnapshot(newer, 5)).toThrow(expect.objectContaining({ problem: 'newerVersion' }));
    expect(() => migrateSnapshot(rawFixture(4), 3)).toThrow(expect.objectContaining({ problem: 'newerVersion' }));
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a list', [{ version: 1, tables: {} }]],
    ['a string', '{"version":1,"tables":{}}'],
    ['no version', { tables: {} }],
    ['version 0', { version: 0, tables: {} }],
    ['a fractional version', { version: 1.5, tables: {} }],
    ['a version as text', { version: '1', tables: {} }],
    ['no tables', { version: 1 }],
    ['tables as a list', { version: 1, tables: [] }],
    ['a table that is not a list', { version: 1, tables: { codes: { id: 'c1' } } }],
    ['a record that is not an object', { version: 1, tables: { codes: [{ id: 'c1' }, 'c2'] } }],
    ['a record that is null', { version: 1, tables: { codes: [null] } }],
    ['a record that is a list', { version: 1, tables: { codes: [['c1']] } }],
  ])('refuses %s', (_what, value) => {
    expect(() => migrateSnapshot(value, 5)).toThrow(expect.objectContaining({ name: 'SnapshotError', problem: 'shape' }));
  });

  it('refuses to migrate to a version it does not know', () => {
    expect(() => migrateSnapshot(rawFixture(1), LATEST_VERSION + 1)).toThrow(RangeError);
    expect(() => migrateSnapshot(rawFixture(1), 0)).toThrow(RangeError);
    expect(() => migrateSnapshot(rawFixture(1), 4.5)).toThrow(RangeError);
  });

  it('keeps a table named like an object property as a table', () => {
    const snapshot = parseSnapshot(JSON.parse('{"version":4,"tables":{"__proto__":[{"id":"x"}],"codes":[]}}'));
    expect(Object.keys(snapshot.tables).sort()).toEqual(['__proto__', 'codes']);
    expect(Object.getPrototypeOf(snapshot.tables)).toBe(Object.prototype);
    expect(migrateSnapshot(snapshot, 5).tables['__proto__']).toEqual([{ id: 'x' }]);
  });
});
