import { describe, expect, it } from 'vitest';
import { cellAt, cellsFromRows, cellsToRows, columnCell, compactColumn, idAt, idCount, idList, indexOfId, isNumberColumn, numberColumnOf, rowValues, runId, sameIds, selectRows, type CellValue, type IdRun } from '../../../shared/domain';

const rows: CellValue[][] = [
  ['Mora', 2021, 1.5, true, '2024-01-10', null],
  ['Orsa', null, -0.25, false, '2024-02-29', null],
  ['Älvdalen', 0, -0, null, null, null],
];

describe('a table’s cells column by column', () => {
  it('keeps a column of numbers and empty cells as a Float64Array (NaN for empty) and every other column as its values', () => {
    const cells = cellsFromRows(rows);
    expect(cells.rowCount).toBe(3);
    expect(cells.columns.map(isNumberColumn)).toEqual([false, true, true, false, false, false]);
    expect(Array.from(cells.columns[1] as Float64Array)).toEqual([2021, Number.NaN, 0]);
    // An empty column holds its nulls: no number to keep.
    expect(cells.columns[5]).toEqual([null, null, null]);
  });

  it('gives back every cell, row and table as the rows were: null for an empty number, -0 kept, null past the end', () => {
    const cells = cellsFromRows(rows);
    expect(cellsToRows(cells)).toEqual(rows);
    expect(Object.is(cellAt(cells, 2, 2), -0)).toBe(true);
    expect(cellAt(cells, 1, 1)).toBeNull();
    expect(cellAt(cells, 0, 9)).toBeNull();
    expect(cellAt(cells, 7, 0)).toBeNull();
    expect(rowValues(cells, 1)).toEqual(rows[1]);
    expect(cellsToRows(cells, 1, 2)).toEqual([rows[1]]);
    expect(columnCell(Float64Array.of(Number.NaN, 3), 0)).toBeNull();
    expect(columnCell(['x', null], 0)).toBe('x');
  });

  it('pads short rows with nulls to the widest', () => {
    const cells = cellsFromRows([['a', 1], ['b']]);
    expect(cellsToRows(cells)).toEqual([['a', 1], ['b', null]]);
    expect(cellsFromRows([]).columns).toEqual([]);
  });

  it('makes a number column only of numbers and nulls, with at least one number', () => {
    expect(numberColumnOf([1, null, 2.5])).toEqual(Float64Array.of(1, Number.NaN, 2.5));
    expect(numberColumnOf([null, null])).toBeNull();
    expect(numberColumnOf([1, '2'])).toBeNull();
    expect(numberColumnOf([true, 1])).toBeNull();
    expect(compactColumn(['a', 1])).toEqual(['a', 1]);
  });

  it('selects rows as copies', () => {
    const cells = cellsFromRows(rows);
    expect(cellsToRows(selectRows(cells, [0, 2]))).toEqual([rows[0], rows[2]]);
    expect(selectRows(cells, []).rowCount).toBe(0);
  });
});

describe('the ids of a run of rows', () => {
  const run: IdRun = { prefix: 'w1.', first: 1_000, count: 3 };

  it('are the prefix and each row’s number in base 36, as the store made them one by one', () => {
    expect(runId('w1.', 1_000)).toBe('w1.rs');
    expect(idList(run)).toEqual(['w1.rs', 'w1.rt', 'w1.ru']);
    expect([idCount(run), idAt(run, 2)]).toEqual([3, 'w1.ru']);
    expect(idList(['a', 'b'])).toEqual(['a', 'b']);
    expect([idCount(['a', 'b']), idAt(['a', 'b'], 1)]).toEqual([2, 'b']);
  });

  it('find a row by its id, and only by its id as written', () => {
    expect(indexOfId(run, 'w1.rt')).toBe(1);
    for (const id of ['w1.rr', 'w1.rv', 'w2.rt', 'w1.RT', 'w1.0rt', 'rt', 'w1.']) expect(indexOfId(run, id), id).toBe(-1);
    expect(indexOfId(['a', 'b'], 'b')).toBe(1);
  });

  it('compare as the same ids in the same order whatever their shape', () => {
    expect(sameIds(run, { ...run })).toBe(true);
    expect(sameIds(run, idList(run))).toBe(true);
    expect(sameIds(run, { ...run, first: 999 })).toBe(false);
    expect(sameIds(run, ['w1.rs', 'w1.rt'])).toBe(false);
    expect(sameIds(['a'], ['b'])).toBe(false);
  });
});
