import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { DatasetInput } from '../../../renderer/store';
import { cellsFromRows, idCount, idList, isScaledNumbers, type CellValue, type DatasetRowPiece } from '../../../shared/domain';
import { codeIdOf, evaluationInput, openHarness, projectInput, type Harness } from './harness';

let harness: Harness;

afterEach(() => {
  harness?.db.close();
});

const columns = [
  { name: 'Projektkod', originalName: 'Projektkod', type: 'text' as const },
  { name: 'Utfall', originalName: 'Utfall', type: 'decimal' as const },
  { name: 'Klar', originalName: 'Klar', type: 'boolean' as const },
];

const values = (i: number): CellValue[] => [i % 3 === 0 ? 'NDS-01' : `K-${i}`, i % 7 === 0 ? null : i / 4, i % 2 === 0];

function input(rows: DatasetInput['rows']): DatasetInput {
  return { name: 'Indikatorer', fileName: 'indikatorer.csv', format: 'csv', sha256: 'a'.repeat(64), columns, keyColumn: 0, rows };
}

describe('a dataset stored from its cells column by column (the table worker’s way)', () => {
  it('stores the rows the row arrays would, with number columns as scaled integers and each piece’s ids and indexes as their runs', async () => {
    harness = openHarness('dataset-from-cells');
    const { repos, db } = harness;
    const evaluation = await repos.evaluations.create(evaluationInput());
    const project = await repos.projects.add(evaluation.id, projectInput('Mora möts', { code: 'NDS-01' }));
    const rows = Array.from({ length: 2_345 }, (_, i) => values(i));
    const lines = rows.map((_, i) => i + 3);
    const fromCells = await repos.datasets.create(evaluation.id, input({ cells: cellsFromRows(rows), lines }));
    const fromRows = await repos.datasets.create(evaluation.id, input(rows.map((v, i) => ({ values: v, line: lines[i] as number }))));
    expect(fromCells.rowCount).toBe(2_345);
    const read = await repos.datasets.rows(fromCells.id);
    const expected = await repos.datasets.rows(fromRows.id);
    const withoutIds = (list: typeof read) => list.map(({ id: _id, datasetId: _d, ...rest }) => rest);
    expect(withoutIds(read)).toEqual(withoutIds(expected));
    expect(read.filter((r) => r.projectId === project.id)).toHaveLength(782);
    expect(new Set(read.map((r) => r.id)).size).toBe(2_345);
    const pieces = (await db.datasetRowPieces.where('datasetId').equals(fromCells.id).toArray()) as DatasetRowPiece[];
    // Utfall is i / 4 (two decimals): scale 2, each piece's integers as small as it needs (24,975 at 999 / 4 fit Int16, 49,975 do not).
    const kind = (c: DatasetRowPiece['columns'][number]) => (isScaledNumbers(c) ? `${c.values.constructor.name}/${c.scale}` : c instanceof Float64Array ? 'float64' : 'values');
    expect(pieces.map((p) => [p.index, idCount(p.ids), Array.isArray(p.ids), p.rowIndexes, p.lines instanceof Int32Array, p.columns.map(kind)])).toEqual([
      [0, 1_000, false, { first: 0, count: 1_000 }, true, ['values', 'Int16Array/2', 'values']],
      [1, 1_000, false, { first: 1_000, count: 1_000 }, true, ['values', 'Int32Array/2', 'values']],
      [2, 345, false, { first: 2_000, count: 345 }, true, ['values', 'Int32Array/2', 'values']],
    ]);
    expect(idList(pieces[1]!.ids)).toEqual(read.slice(1_000, 2_000).map((r) => r.id));
  });

  it('codes, relinks and finds a row stored with its id in a run', async () => {
    harness = openHarness('dataset-from-cells-coding');
    const { repos } = harness;
    const evaluation = await repos.evaluations.create(evaluationInput());
    const dataset = await repos.datasets.create(evaluation.id, input({ cells: cellsFromRows([['Okänt', 1.5, true], ['Okänt', null, false], ['X', 2, true]]), lines: [2, 3, 4] }));
    const [row] = (await repos.datasets.rows(dataset.id)).filter((r) => r.index === 1);
    if (!row) throw new Error('no row 1');
    const natverk = await codeIdOf(repos, evaluation.id, 'lokal.results.natverk');
    const step = await repos.coding.codeData(row, 1, natverk);
    expect(step?.changes[0]?.after).toMatchObject({ rowId: row.id, datasetId: dataset.id, column: 1 });
    await expect(repos.coding.codeData({ ...row, id: `${row.id}x` }, 1, natverk)).rejects.toThrow(/No row/);
    const project = await repos.projects.add(evaluation.id, projectInput('Annat'));
    expect(await repos.datasets.matchKey(evaluation.id, 'okänt', project.id)).toBe(2);
    expect((await repos.datasets.rowsOfProject(project.id)).map((r) => r.values)).toEqual([
      ['Okänt', 1.5, true],
      ['Okänt', null, false],
    ]);
  });

  it('replaces a dataset from cells, matching its rows by key', async () => {
    harness = openHarness('dataset-from-cells-replace');
    const { repos } = harness;
    const evaluation = await repos.evaluations.create(evaluationInput());
    const dataset = await repos.datasets.create(evaluation.id, input({ cells: cellsFromRows([['A', 1, true], ['B', 2, false]]), lines: [2, 3] }));
    const before = await repos.datasets.rows(dataset.id);
    await repos.datasets.replace(dataset.id, input({ cells: cellsFromRows([['B', 20, false], ['C', 30, true]]), lines: [2, 3] }));
    const after = await repos.datasets.rows(dataset.id);
    expect(after.map((r) => r.values)).toEqual([
      ['B', 20, false],
      ['C', 30, true],
    ]);
    expect(after[0]?.id).toBe(before[1]?.id);
  });
});
