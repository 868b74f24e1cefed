import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SparbarDatabase } from '../../../renderer/store/dexie/db';
import { createRepositories } from '../../../renderer/store/dexie/repositories';
import { CURRENT_VERSION, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6, SCHEMA_V7, SCHEMA_V8, SCHEMA_V9, SCHEMA_V10, SCHEMA_V11, SCHEMA_V12, SCHEMA_V13 } from '../../../renderer/store/dexie/schema';
import { isScaledNumbers, piecesToRows, type DatasetRowPiece, type StoredColumn } from '../../../shared/domain';
import { documentTextToPieces } from '../../../shared/migrations/v10';
import { fixture, v13Pieces } from '../migrations/fixtures';
import { matrix, testDeps, uniqueName } from './harness';

const open: Dexie[] = [];

/** Whether a stored column is a column of numbers: a v14 number column, or (since v15, which this release upgrades on to) scaled integers. */
const numbers = (column: StoredColumn) => column instanceof Float64Array || isScaledNumbers(column);

afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

/** A database as v13 wrote it (the v11 fixture's records, its rows in the pieces v13 stored), then opened by this release. */
async function upgradedV13() {
  const name = uniqueName('number-columns-v13');
  const old = new Dexie(name);
  [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6, SCHEMA_V7, SCHEMA_V8, SCHEMA_V9, SCHEMA_V10, SCHEMA_V11, SCHEMA_V12, SCHEMA_V13].forEach((schema, i) => old.version(i + 1).stores(schema));
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, records] of Object.entries(fixture(11).tables)) {
      if (table === 'documentTexts') await old.table('documentTextPieces').bulkPut(records.flatMap((r) => documentTextToPieces(r)));
      else if (table !== 'datasetRows') await old.table(table).bulkPut(records);
    }
    await old.table('datasetRowPieces').bulkPut(v13Pieces());
  });
  old.close();
  const db = new SparbarDatabase(name);
  open.push(db);
  await db.open();
  return { db, repos: createRepositories(db, testDeps(), () => [matrix]) };
}

describe('pieces written by v13, upgraded to number columns (and on to v15’s compact ones)', () => {
  it('stores every column of numbers as numbers, not values, and reads every row as v13 did', async () => {
    const { db, repos } = await upgradedV13();
    expect(db.verno).toBe(CURRENT_VERSION);
    const pieces = (await db.datasetRowPieces.toArray()) as DatasetRowPiece[];
    expect(pieces.map((p) => [p.datasetId, p.index, p.columns.map(numbers)])).toEqual([
      ['ds-11a', 0, [false, true, false]],
      ['ds-11a', 1, [false, true, false]],
      ['ds-11b', 0, [true, false]],
      ['ds-13e', 0, [false, true, true, false, false, false, false, false]],
    ]);
    const before = piecesToRows(v13Pieces() as unknown as DatasetRowPiece[]);
    for (const datasetId of ['ds-11a', 'ds-11b', 'ds-13e']) expect(await repos.datasets.rows(datasetId)).toEqual(before.filter((r) => r.datasetId === datasetId));
    expect((await repos.datasets.rows('ds-13e')).map((r) => r.values[2])).toEqual([1.5, -0.25, null, 1e-7]);
  });

  it('codes, relinks and answers a project’s rows in upgraded pieces, keeping their number columns', async () => {
    const { db, repos } = await upgradedV13();
    const matched = await repos.datasets.matchKey('eval-7', 'okänd', 'proj-7');
    expect(matched).toBe(750);
    expect((await repos.datasets.rowsOfProject('proj-7')).length).toBe(1_002);
    const piece = (await db.datasetRowPieces.get(['ds-11a', 0])) as DatasetRowPiece;
    expect(isScaledNumbers(piece.columns[1]!)).toBe(true);
    const [row] = (await repos.datasets.rows('ds-11a')).filter((r) => r.index === 1_001);
    if (!row) throw new Error('no row 1001');
    const step = await repos.coding.codeData(row, 1, 'c-natverk');
    expect(step?.changes[0]?.after).toMatchObject({ rowId: 'row-11a-1001', datasetId: 'ds-11a', column: 1, codeIds: ['c-natverk'] });
    expect(row.values[1]).toBe(500.5);
  });
});
