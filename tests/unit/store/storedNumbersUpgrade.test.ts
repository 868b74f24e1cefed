import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SparbarDatabase } from '../../../renderer/store/dexie/db';
import { createRepositories } from '../../../renderer/store/dexie/repositories';
import { CURRENT_VERSION, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6, SCHEMA_V7, SCHEMA_V8, SCHEMA_V9, SCHEMA_V10, SCHEMA_V11, SCHEMA_V12, SCHEMA_V13, SCHEMA_V14 } from '../../../renderer/store/dexie/schema';
import { isScaledNumbers, piecesToRows, type DatasetRowPiece } from '../../../shared/domain';
import { documentTextToPieces } from '../../../shared/migrations/v10';
import { fixture, v14Pieces } from '../migrations/fixtures';
import { matrix, testDeps, uniqueName } from './harness';

const open: Dexie[] = [];

afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

/** A database as v14 wrote it (the v11 fixture's records, the pieces v14 stored, number columns as Float64Arrays), then opened by this release. */
async function upgradedV14() {
  const name = uniqueName('stored-numbers-v14');
  const old = new Dexie(name);
  [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6, SCHEMA_V7, SCHEMA_V8, SCHEMA_V9, SCHEMA_V10, SCHEMA_V11, SCHEMA_V12, SCHEMA_V13, SCHEMA_V14].forEach((schema, i) => old.version(i + 1).stores(schema));
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, records] of Object.entries(fixture(11).tables)) {
      if (table === 'documentTexts') await old.table('documentTextPieces').bulkPut(records.flatMap((r) => documentTextToPieces(r)));
      else if (table !== 'datasetRows') await old.table(table).bulkPut(records);
    }
    // The table v14 stored from its cells (its pieces are ds-14c's), as its dataset record.
    const ds11a = (fixture(11).tables.datasets ?? []).find((d) => d.id === 'ds-11a');
    const column = (name: string, type: string) => ({ name, originalName: name, type });
    const columns = [column('Projektkod', 'text'), column('Antal', 'integer'), column('Belopp', 'decimal'), column('Andel', 'decimal'), column('Sjundedelar', 'decimal'), column('Saldo', 'integer'), column('Blandat', 'text'), column('Stora', 'integer')];
    await old.table('datasets').put({ ...ds11a, id: 'ds-14c', name: 'Tabell v14', fileName: 'tabell.csv', columns, rowCount: 1_500 });
    await old.table('datasetRowPieces').bulkPut(v14Pieces());
  });
  expect(old.verno).toBe(14);
  old.close();
  const db = new SparbarDatabase(name);
  open.push(db);
  await db.open();
  return { db, repos: createRepositories(db, testDeps(), () => [matrix]) };
}

const kind = (column: unknown) => (Array.isArray(column) ? 'values' : column instanceof Float64Array ? 'float64' : isScaledNumbers(column as never) ? (column as { values: object }).values.constructor.name : 'other');

describe('pieces written by v14, upgraded to compact numbers', () => {
  it('stores every piece in the v15 shape and reads every row as v14 did, each cell the same number', async () => {
    const { db, repos } = await upgradedV14();
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(CURRENT_VERSION).toBe(15);
    const pieces = (await db.datasetRowPieces.toArray()) as DatasetRowPiece[];
    expect(pieces.map((p) => [p.datasetId, p.index, p.columns.map(kind), p.rowIndexes, p.lines instanceof Int32Array])).toEqual([
      ['ds-11a', 0, ['values', 'Int16Array', 'values'], { first: 0, count: 1_000 }, true],
      ['ds-11a', 1, ['values', 'Int16Array', 'values'], { first: 1_000, count: 2 }, true],
      ['ds-11b', 0, ['Int8Array', 'values'], { first: 0, count: 2 }, true],
      ['ds-13e', 0, ['values', 'Int16Array', 'Int32Array', 'values', 'values', 'values', 'values', 'values'], { first: 0, count: 4 }, true],
      ['ds-14c', 0, ['values', 'Int16Array', 'Int32Array', 'Int8Array', 'float64', 'Int8Array', 'values', 'Int8Array'], { first: 0, count: 1_000 }, true],
      ['ds-14c', 1, ['values', 'Int16Array', 'Int32Array', 'Int8Array', 'float64', 'float64', 'values', 'float64'], { first: 1_000, count: 500 }, true],
    ]);
    const before = piecesToRows(v14Pieces() as unknown as DatasetRowPiece[]);
    for (const datasetId of ['ds-11a', 'ds-11b', 'ds-13e', 'ds-14c']) {
      const expected = before.filter((r) => r.datasetId === datasetId);
      const read = await repos.datasets.rows(datasetId);
      expect(read).toEqual(expected);
      read.forEach((row, r) => row.values.forEach((value, c) => {
        if (!Object.is(value, expected[r]?.values[c])) throw new Error(`${datasetId} row ${r} cell ${c}: ${String(value)}`);
      }));
    }
    expect((await repos.datasets.rows('ds-13e')).map((r) => r.values[2])).toEqual([1.5, -0.25, null, 1e-7]);
    expect((await repos.datasets.rows('ds-14c')).slice(0, 3).map((r) => [r.id, r.index, r.line, r.values.slice(0, 5)])).toEqual([
      ['w14.0', 0, 2, ['P7', null, null, 0, null]],
      ['w14.1', 1, 3, ['K-1', 3, -3_987.66, 0.1, 1 / 7]],
      ['w14.2', 2, 4, ['K-2', 6, -3_975.32, 0.2, 2 / 7]],
    ]);
  });

  it('codes, relinks and answers a project’s rows in upgraded pieces, keeping them compact', async () => {
    const { db, repos } = await upgradedV14();
    const linked = (await repos.datasets.rowsOfProject('proj-7')).length;
    // ds-14c's keys K-0..K-12 (rows i % 13) but P7 on every fifth row: 'K-3' is on 116 - 23 rows.
    const matched = await repos.datasets.matchKey('eval-7', 'K-3', 'proj-7');
    expect(matched).toBe(93);
    const rows = await repos.datasets.rowsOfProject('proj-7');
    expect(rows.length).toBe(linked + 93);
    expect(rows.filter((r) => r.key === 'K-3').map((r) => r.index).slice(0, 3)).toEqual([3, 16, 29]);
    const piece = (await db.datasetRowPieces.get(['ds-14c', 0])) as DatasetRowPiece;
    expect(kind(piece.columns[2])).toBe('Int32Array');
    expect(piece.rowIndexes).toEqual({ first: 0, count: 1_000 });
    const [row] = (await repos.datasets.rows('ds-14c')).filter((r) => r.index === 1_002);
    if (!row) throw new Error('no row 1002');
    const step = await repos.coding.codeData(row, 2, 'c-natverk');
    expect(step?.changes[0]?.after).toMatchObject({ rowId: 'w14.ru', datasetId: 'ds-14c', column: 2, codeIds: ['c-natverk'] });
    expect(row.values[2]).toBe(8_364.68);
  });
});
