import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SparbarDatabase } from '../../../renderer/store/dexie/db';
import { createRepositories } from '../../../renderer/store/dexie/repositories';
import { CURRENT_VERSION, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6, SCHEMA_V7, SCHEMA_V8, SCHEMA_V9, SCHEMA_V10, SCHEMA_V11 } from '../../../renderer/store/dexie/schema';
import type { DataCoding } from '../../../shared/domain';
import { documentTextToPieces } from '../../../shared/migrations/v10';
import { fixture } from '../migrations/fixtures';
import { matrix, testDeps, uniqueName } from './harness';

const open: Dexie[] = [];

afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

/** A database as v11 wrote the v11 fixture (rows one record each), then opened by this release. */
async function upgradedV11() {
  const name = uniqueName('row-pieces-v11');
  const old = new Dexie(name);
  [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6, SCHEMA_V7, SCHEMA_V8, SCHEMA_V9, SCHEMA_V10, SCHEMA_V11].forEach((schema, i) => old.version(i + 1).stores(schema));
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, records] of Object.entries(fixture(11).tables)) {
      if (table === 'documentTexts') await old.table('documentTextPieces').bulkPut(records.flatMap((r) => documentTextToPieces(r)));
      else await old.table(table).bulkPut(records);
    }
  });
  old.close();
  const db = new SparbarDatabase(name);
  open.push(db);
  await db.open();
  return { db, repos: createRepositories(db, testDeps(), () => [matrix]) };
}

describe('rows written by v11, upgraded to pieces', () => {
  it('keeps every row, read in file order, and drops the old table', async () => {
    const { db, repos } = await upgradedV11();
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(db.tables.map((t) => t.name)).not.toContain('datasetRows');
    expect(await db.datasetRowPieces.count()).toBe(3);
    const rows = await repos.datasets.rows('ds-11a');
    expect(rows.map((r) => r.index)).toEqual(Array.from({ length: 1_002 }, (_, i) => i));
    const stored = (fixture(11).tables.datasetRows ?? []).filter((r) => r.datasetId === 'ds-11a');
    expect(rows).toEqual([...stored].sort((a, b) => Number(a.index) - Number(b.index)));
    expect(rows[5]?.values).toEqual(['Okänd', 1.5]);
  });

  it('answers a project’s rows through the pieces’ projectIds, and its unmatched keys', async () => {
    const { repos } = await upgradedV11();
    const ofProject = await repos.datasets.rowsOfProject('proj-7');
    expect(ofProject.map((r) => r.index)).toEqual(Array.from({ length: 251 }, (_, i) => i * 4));
    expect(await repos.datasets.rowsOfProject('no-such-project')).toEqual([]);
    expect(await repos.datasets.unmatchedKeys('ds-11a')).toEqual([{ key: 'Okänd', rows: 750 }]);
  });

  it('codes an upgraded row in its piece, and matches a key by hand in every piece, with the row’s codings', async () => {
    const { db, repos } = await upgradedV11();
    const [row] = (await repos.datasets.rows('ds-11a')).filter((r) => r.index === 1_001);
    if (!row) throw new Error('no row 1001');
    const step = await repos.coding.codeData(row, 2, 'c-natverk');
    expect(step?.changes[0]?.after).toMatchObject({ rowId: 'row-11a-1001', datasetId: 'ds-11a', column: 2, projectId: null, codeIds: ['c-natverk'] });
    await expect(repos.coding.codeData({ ...row, index: 0 }, 2, 'c-natverk')).rejects.toThrow(/No row/);
    const matched = await repos.datasets.matchKey('eval-7', 'okänd', 'proj-7');
    expect(matched).toBe(750);
    expect(await repos.datasets.unmatchedKeys('ds-11a')).toEqual([]);
    expect((await repos.datasets.rowsOfProject('proj-7')).length).toBe(1_001);
    // The codings of the rows matched follow them to the project (row 5's whole-row coding, row 1001's new one).
    const codings = await db.dataCodings.where('datasetId').equals('ds-11a').toArray();
    expect(codings.map((c: DataCoding) => [c.rowId, c.projectId]).sort()).toEqual([
      ['row-11a-1000', 'proj-7'],
      ['row-11a-1001', null],
      ['row-11a-5', 'proj-7'],
    ]);
  });

  it('unlinks a deleted project’s rows in every piece, keeping the rows', async () => {
    const { db, repos } = await upgradedV11();
    await repos.projects.remove('proj-7');
    expect(await repos.datasets.rowsOfProject('proj-7')).toEqual([]);
    expect(await db.datasetRowPieces.where('projectIds').equals('proj-7').count()).toBe(0);
    const rows = await repos.datasets.rows('ds-11a');
    expect(rows).toHaveLength(1_002);
    expect(rows.every((r) => r.projectId === null)).toBe(true);
    expect((await db.dataCodings.get('dc-11a'))?.projectId).toBeNull();
  });

  it('removes a dataset’s pieces with it, and an evaluation’s with the evaluation', async () => {
    const { db, repos } = await upgradedV11();
    await repos.datasets.remove('ds-11a');
    expect((await db.datasetRowPieces.toArray()).map((p) => p.datasetId)).toEqual(['ds-11b']);
    await repos.evaluations.remove('eval-10');
    expect(await db.datasetRowPieces.count()).toBe(0);
  });
});
