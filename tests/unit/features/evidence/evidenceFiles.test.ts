import { strFromU8, unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../../shared/ingest/tables/csv/readCsv';
import type { Sheet } from '../../../../shared/report/model/evidenceSheet';
import { EXCEL_CELL_LIMIT, sheetCsv, sheetsXlsx, sheetXlsx } from '../../../../renderer/features/evidence/evidenceFiles';

/** Quotes that break naive writers: a formula, the delimiter, quotes, line breaks, Swedish letters. */
const FORMULA = '=HYPERLINK("http://example.invalid","klicka")';
const AWKWARD = 'Vi sa "ja"; sen nej.\r\nNästa rad: åäö ÅÄÖ é';

const sheet: Sheet = {
  name: 'Citattabell',
  columns: [
    { name: 'Citat', type: 'text', width: 70, wrap: true },
    { name: 'Projekt', type: 'text', width: 30, wrap: false },
    { name: 'Dokumentdatum', type: 'date', width: 13, wrap: false },
    { name: 'Sida', type: 'text', width: 7, wrap: false },
    { name: 'Rad i filen', type: 'integer', width: 9, wrap: false },
  ],
  rows: [
    [FORMULA, 'Älvdalens besöksnäring', '2011-05-30', '4', null],
    [AWKWARD, 'Åsele; näringslivsforum', null, null, 12],
    ['+46 70 123', '-minus först', '2012-11-15', 'iv', null],
    ['@SUM(1)', 'Lund', null, null, null],
  ],
};

describe('sheetCsv', () => {
  const bytes = sheetCsv(sheet);

  it('writes UTF-8 with a BOM and semicolons for Swedish Excel', () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.split('\r\n')[0]).toBe('\ufeffCitat;Projekt;Dokumentdatum;Sida;Rad i filen');
  });

  it('reads back through the project’s own CSV reader, formula-like text defused with an apostrophe', () => {
    const table = readCsv(bytes, { fileName: 'citat.csv', delimiter: ';', hasHeader: true, skipLines: 0 });
    expect(table.columns.map((c) => c.name)).toEqual(['Citat', 'Projekt', 'Dokumentdatum', 'Sida', 'Rad i filen']);
    expect(table.rawRows).toEqual([
      [`'${FORMULA}`, 'Älvdalens besöksnäring', '2011-05-30', '4', ''],
      [AWKWARD, 'Åsele; näringslivsforum', '', '', '12'],
      ["'+46 70 123", "'-minus först", '2012-11-15', 'iv', ''],
      ["'@SUM(1)", 'Lund', '', '', ''],
    ]);
  });
});

describe('sheetXlsx', () => {
  it('writes a workbook that reads back with text as text, dates as dates and numbers as numbers', async () => {
    const bytes = await sheetXlsx(sheet);
    const [read] = await readXlsxFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(read?.sheet).toBe('Citattabell');
    expect(read?.data).toEqual([
      ['Citat', 'Projekt', 'Dokumentdatum', 'Sida', 'Rad i filen'],
      [FORMULA, 'Älvdalens besöksnäring', new Date('2011-05-30T00:00:00Z'), '4', null],
      [AWKWARD.replace('\r\n', '\n'), 'Åsele; näringslivsforum', null, null, 12],
      ['+46 70 123', '-minus först', new Date('2012-11-15T00:00:00Z'), 'iv', null],
      ['@SUM(1)', 'Lund', null, null, null],
    ]);
  });

  it('holds no formula, freezes the header row, sets the widths and wraps the quotes', async () => {
    const files = unzipSync(await sheetXlsx(sheet));
    const xml = strFromU8(files['xl/worksheets/sheet1.xml'] as Uint8Array);
    expect(xml).not.toMatch(/<f[\s>]/);
    expect(xml).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    expect(xml).toMatch(/<col [^>]*min="1" max="1" width="70"/);
    // The formula-like quote is a shared string, not a cell Excel would compute.
    const strings = strFromU8(files['xl/sharedStrings.xml'] as Uint8Array);
    expect(strings).toContain('<t>=HYPERLINK("http://example.invalid","klicka")</t>');
    expect(strFromU8(files['xl/styles.xml'] as Uint8Array)).toMatch(/wrapText="1"/);
  });

  it('cuts text longer than Excel keeps in a cell, with an ellipsis', async () => {
    const long: Sheet = { ...sheet, rows: [['a'.repeat(EXCEL_CELL_LIMIT + 10), 'x', null, null, null]] };
    const [read] = await readXlsxFile(new Blob([(await sheetXlsx(long)) as Uint8Array<ArrayBuffer>]));
    const text = read?.data[1]?.[0];
    expect(typeof text === 'string' && text.length).toBe(EXCEL_CELL_LIMIT);
    expect(String(text).endsWith('…')).toBe(true);
  });
});

describe('sheetsXlsx', () => {
  const grid: Sheet = {
    name: 'Bedömningar per projekt – ett mycket långt namn på fliken',
    columns: [
      { name: 'Kriterium', type: 'text', width: 40, wrap: true },
      { name: 'Projekt A', type: 'text', width: 26, wrap: true },
    ],
    rows: [
      ['Förankring', 'Svagt – säkerhet hög – 2 belägg'],
      ['Samarbete', null],
    ],
    fills: [
      [null, '#f0ad4e'],
      [null, null],
    ],
  };

  it('writes one tab per sheet, names cut to what Excel allows, with the fills behind their cells', async () => {
    const bytes = await sheetsXlsx([grid, sheet]);
    const [first, second] = await readXlsxFile(new Blob([bytes as Uint8Array<ArrayBuffer>]));
    expect(first?.sheet).toBe(grid.name.slice(0, 31));
    expect(first?.data).toEqual([['Kriterium', 'Projekt A'], ['Förankring', 'Svagt – säkerhet hög – 2 belägg'], ['Samarbete', null]]);
    expect(second?.sheet).toBe('Citattabell');
    expect(second?.data[1]?.[0]).toBe(FORMULA);
    const files = unzipSync(bytes);
    expect(strFromU8(files['xl/styles.xml'] as Uint8Array)).toMatch(/<fgColor rgb="FFF0AD4E"\/>/);
    // Only the one rated cell has a fill: the other cells of the grid use styles without one.
    const fills = strFromU8(files['xl/styles.xml'] as Uint8Array).match(/<fgColor /g) ?? [];
    expect(fills).toHaveLength(1);
  });
});
