import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../../shared/ingest/tables/csv/readCsv';
import { writeCsv } from '../../../../shared/ingest/tables/csv/writeCsv';
import type { CellValue } from '../../../../shared/domain/tableValues';

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
const columns = ['Projekt', 'Budget', 'Start', 'Klar', 'Kommentar'];
const rows: CellValue[][] = [
  ['Åre; etapp 2', 1250000.5, '2011-05-30', true, 'Sa "ja"\nsen nej'],
  ['Umeå', -2500, '2012-05-30T14:00', false, '=SUM(A1:A3)'],
  ['Lund', 0.000001, null, null, '-5 är text'],
  ['+46 70', 3, '2013-01-01', true, '@import'],
];

describe('writeCsv', () => {
  it('writes UTF-8 with a BOM and CRLF, Swedish numbers and ja/nej with a semicolon', () => {
    const bytes = writeCsv(columns, rows, { delimiter: ';' });
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(decode(bytes)).toBe(
      '\ufeffProjekt;Budget;Start;Klar;Kommentar\r\n' +
        '"Åre; etapp 2";1250000,5;2011-05-30;ja;"Sa ""ja""\nsen nej"\r\n' +
        "Umeå;-2500;2012-05-30T14:00;nej;'=SUM(A1:A3)\r\n" +
        "Lund;0,000001;;;'-5 är text\r\n" +
        "'+46 70;3;2013-01-01;ja;'@import\r\n",
    );
  });

  it('writes English numbers and true/false with a comma', () => {
    const text = decode(writeCsv(['a', 'b', 'c'], [[1234.5, true, 'x, y'], [-1e21, false, '\tTAB']], { delimiter: ',' }));
    expect(text).toBe('\ufeffa,b,c\r\n1234.5,true,"x, y"\r\n-1000000000000000000000,false,\'\tTAB\r\n');
  });

  it('reads back what it wrote (round trip) in both notations', () => {
    for (const delimiter of [';', ','] as const) {
      const table = readCsv(writeCsv(columns, rows, { delimiter }), { fileName: 'export.csv' });
      expect(table.delimiter).toBe(delimiter);
      expect(table.columns.map((c) => [c.name, c.type])).toEqual([
        ['Projekt', 'text'],
        ['Budget', 'decimal'],
        ['Start', 'datetime'],
        ['Klar', 'boolean'],
        ['Kommentar', 'text'],
      ]);
      expect(table.rows.map((row) => row[1])).toEqual([1250000.5, -2500, 0.000001, 3]);
      expect(table.rows.map((row) => row[3])).toEqual([true, false, null, true]);
      expect(table.rows[0]?.[0]).toBe('Åre; etapp 2');
      expect(table.rows[0]?.[4]).toBe('Sa "ja"\nsen nej');
      // Formula-like text comes back with its defusing apostrophe, never as a formula.
      expect(table.rows[1]?.[4]).toBe("'=SUM(A1:A3)");
    }
  });
});
