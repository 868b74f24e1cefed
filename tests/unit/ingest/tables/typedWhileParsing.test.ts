import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../../shared/ingest/tables/csv/readCsv';
import { ColumnStats } from '../../../../shared/ingest/tables/columnStats';
import { utf8 } from './tableTestUtils';

// Cells are typed while the text is parsed (ColumnStats.add gives back a Swedish number's value), and
// only the columns whose type makes those values wrong are converted again from the values as written.
const header = 'Blandat;Svensk;Engelsk;Grupper;Aktiv;Antal;Andel;Tom;Datum;Engelska grupper';
const lines = [
  '1;1,5;1.5;1 234;0;0;12 %;;2024-01-10;1,234.5',
  '2;2;2.25; 5 ;1;1;5%;  ;2024-02-29;2',
  'x;-0,25;-3;12 345 678;1;0;-1,5 %;;2023-12-31;-7.5',
  'kort;3',
];
const table = (types?: Record<number, 'text' | 'integer'>) => readCsv(utf8([header, ...lines].join('\r\n')), { fileName: 't.csv', ...(types ? { types } : {}) });

describe('cells typed while parsing', () => {
  it('gives every column the values a second pass over the values as written gave', () => {
    const read = table();
    expect(read.columns.map((c) => c.type)).toEqual(['text', 'decimal', 'decimal', 'integer', 'boolean', 'integer', 'percent', 'text', 'date', 'decimal']);
    expect(read.rows).toEqual([
      ['1', 1.5, 1.5, 1234, false, 0, 12, null, '2024-01-10', 1234.5],
      ['2', 2, 2.25, 5, true, 1, 5, null, '2024-02-29', 2],
      ['x', -0.25, -3, 12345678, true, 0, -1.5, null, '2023-12-31', -7.5],
      ['kort', 3, null, null, null, null, null, null, null, null],
    ]);
    // A text column that began as numbers holds the values as written, not the numbers read at first.
    expect(typeof read.rows[0]?.[0]).toBe('string');
    expect(read.rows.every((row) => row.length === 10)).toBe(true);
  });

  it('converts a column again when the user chose its type, with the values that do not fit', () => {
    const read = table({ 1: 'text', 0: 'integer' });
    expect(read.rows.map((row) => row[1])).toEqual(['1,5', '2', '-0,25', '3']);
    expect(read.rows.map((row) => row[0])).toEqual([1, 2, null, null]);
    expect(read.problems.filter((p) => p.code === 'typeMismatch').map((p) => p.values?.value)).toEqual(['x', 'kort']);
  });

  it('keeps the values given back only for a column that stayed a Swedish number column or a text column of no number', () => {
    const stats = (values: string[]) => {
      const column = new ColumnStats();
      const given = values.map((v) => column.add(v));
      return { column, given };
    };
    const sv = stats(['1,5', ' 2 ', '']);
    expect(sv.given).toEqual([1.5, 2, null]);
    expect(sv.column.keeps(sv.column.decide('Belopp'), true)).toBe(true);
    expect(sv.column.keeps(sv.column.decide('Belopp'), false)).toBe(false);
    const plain = stats(['7', '8']);
    expect(plain.column.decide('Antal')).toEqual({ type: 'integer', notation: 'en' });
    expect(plain.column.keeps(plain.column.decide('Antal'), true)).toBe(true);
    const dotted = stats(['1.5', '2']);
    expect(dotted.column.keeps(dotted.column.decide('X'), true)).toBe(false);
    const mixed = stats(['1', 'a']);
    expect(mixed.given).toEqual([1, 'a']);
    expect(mixed.column.keeps(mixed.column.decide('X'), true)).toBe(false);
    const words = stats(['a', ' b ']);
    expect(words.given).toEqual(['a', ' b ']);
    expect(words.column.keeps(words.column.decide('X'), true)).toBe(true);
  });
});
