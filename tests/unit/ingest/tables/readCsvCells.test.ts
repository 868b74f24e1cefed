import { describe, expect, it } from 'vitest';
import { readCsvCellsText, readCsvText } from '../../../../shared/ingest/tables/csv/readCsv';
import { readTableCells } from '../../../../shared/ingest/tables/readTable';
import { cellsToKeep } from '../../../../shared/ingest/tables/rowsToKeep';
import { countMatched, guessKeyColumn } from '../../../../shared/ingest/tables/keyColumn';
import { projectMatcher } from '../../../../shared/ingest/tables/linkRows';
import { cellsToRows, emptyProjectInput, isNumberColumn, type ColumnType } from '../../../../shared/domain';
import { utf8 } from './tableTestUtils';

// The table worker's shape: a CSV read column by column, numbers typed while parsing into number columns.
const header = 'Kod;Antal;Belopp;Andel;Datum;Aktiv;Text;Tom;Sent text;Engelska';
const lines = [
  'K-1;2020;1 234,50;12 %;2024-01-10;ja;Mora;;1 234,50;1,234.5',
  'K-2;;-0,25;5%;30/5/2011;nej;Orsa;  ;+5;2',
  'K-3;0;0,10;-1,5 %;2023-12-31;JA;Mora; ; 7 ;-7.5',
  'K-4;12 345;1.234.567,8;;;;Älvdalen;;0,10;',
  'K-5;7;2;0 %;2024-02-29;nej;Mora;;slut;0.25',
];
const text = `${[header, ...lines].join('\r\n')}\r\n`;
const read = (types?: Record<number, ColumnType>, rawRowsKept?: number) => readCsvCellsText(text, { fileName: 't.csv', ...(types ? { types } : {}), ...(rawRowsKept === undefined ? {} : { rawRowsKept }) });

describe('a CSV read column by column', () => {
  it('types every column as the row reader does, numbers as number columns and the rest as their values', () => {
    const table = read();
    expect(table.columns.map((c) => c.type)).toEqual(['text', 'integer', 'decimal', 'percent', 'date', 'boolean', 'text', 'text', 'text', 'decimal']);
    expect(table.cells.columns.map(isNumberColumn)).toEqual([false, true, true, true, false, false, false, false, false, true]);
    expect(cellsToRows(table.cells)).toEqual([
      ['K-1', 2020, 1234.5, 12, '2024-01-10', true, 'Mora', null, '1 234,50', 1234.5],
      ['K-2', null, -0.25, 5, '2011-05-30', false, 'Orsa', null, '+5', 2],
      ['K-3', 0, 0.1, -1.5, '2023-12-31', true, 'Mora', null, ' 7 ', -7.5],
      ['K-4', 12345, 1234567.8, null, null, null, 'Älvdalen', null, '0,10', null],
      ['K-5', 7, 2, 0, '2024-02-29', false, 'Mora', null, 'slut', 0.25],
    ]);
    expect(cellsToRows(table.cells)).toEqual(readCsvText(text, { fileName: 't.csv' }).rows);
    expect(table.rowLines).toEqual([2, 3, 4, 5, 6]);
  });

  it('keeps a column that turns to text at its last row with every earlier value exactly as written', () => {
    // `Sent text` read as numbers for four rows (one written `+5`, one ` 7 ` with spaces, two with
    // separators and trailing zeros) before `slut`: the column holds the values as the file wrote them.
    const column = read().cells.columns[8];
    expect(column).toEqual(['1 234,50', '+5', ' 7 ', '0,10', 'slut']);
  });

  it('converts a user’s types from the values as written, with the mismatches listed', () => {
    const table = read({ 1: 'text', 2: 'integer', 6: 'boolean' });
    expect(table.columns.map((c) => c.type).slice(0, 7)).toEqual(['text', 'text', 'integer', 'percent', 'date', 'boolean', 'boolean']);
    const rows = cellsToRows(table.cells);
    expect(rows.map((r) => r[1])).toEqual(['2020', null, '0', '12 345', '7']);
    expect(rows.map((r) => r[2])).toEqual([null, null, null, null, 2]);
    expect(isNumberColumn(table.cells.columns[2]!)).toBe(true);
    expect(rows.map((r) => r[6])).toEqual([null, null, null, null, null]);
    const mismatches = table.problems.filter((p) => p.code === 'typeMismatch').map((p) => [p.line, p.values?.column, p.values?.value]);
    expect(mismatches).toEqual([
      [2, 'Belopp', '1 234,50'],
      [2, 'Text', 'Mora'],
      [3, 'Belopp', '-0,25'],
      [3, 'Text', 'Orsa'],
      [4, 'Belopp', '0,10'],
      [4, 'Text', 'Mora'],
      [5, 'Belopp', '1.234.567,8'],
      [5, 'Text', 'Älvdalen'],
      [6, 'Text', 'Mora'],
    ]);
  });

  it('keeps the cells as written of only the first rows asked for, and pads ragged rows with nulls', () => {
    const ragged = readCsvCellsText('A;B;C\n1;x;2,5\n2;y\n3;z;4;extra\n', { fileName: 'r.csv', rawRowsKept: 2 });
    expect(ragged.rawRows).toEqual([['1', 'x', '2,5'], ['2', 'y']]);
    expect(cellsToRows(ragged.cells)).toEqual([
      [1, 'x', 2.5, null],
      [2, 'y', null, null],
      [3, 'z', 4, 'extra'],
    ]);
    expect(ragged.problems.filter((p) => p.code === 'raggedRow').map((p) => p.line)).toEqual([3, 4]);
    const kept = cellsToKeep(ragged);
    expect(kept.lines).toEqual([2]);
    expect(cellsToRows(kept.cells)).toEqual([[1, 'x', 2.5, null]]);
    const whole = cellsToKeep({ ...ragged, problems: [] });
    expect(whole.cells).toBe(ragged.cells);
  });

  it('reads a file by its bytes the same way, and a workbook’s rows made columns', async () => {
    const table = await readTableCells(utf8(text), { fileName: 't.csv', rawRowsKept: 1 });
    expect(cellsToRows(table.cells)).toEqual(cellsToRows(read().cells));
    expect(table.rawRows).toHaveLength(1);
  });

  it('guesses the key column and counts the matches over the cells as over the rows', () => {
    const projects = [{ ...emptyProjectInput(), id: 'p1', evaluationId: 'e', name: 'Mora möts', code: 'K-3', createdAt: '', updatedAt: '' }];
    const match = projectMatcher(projects, []);
    const table = read();
    const rows = cellsToRows(table.cells);
    expect(guessKeyColumn(table.columns, table.cells, match)).toBe(0);
    expect(guessKeyColumn(table.columns, table.cells, match)).toBe(guessKeyColumn(table.columns, rows, match));
    expect(countMatched(table.cells, 0, match)).toEqual({ matched: 1, unmatched: 4, empty: 0 });
    expect(countMatched(table.cells, 7, match)).toEqual(countMatched(rows, 7, match));
    expect(projectMatcher([], [])('K-3')).toBeNull();
  });
});
