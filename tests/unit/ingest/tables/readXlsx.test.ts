import { describe, expect, it } from 'vitest';
import { zipSync, strToU8 } from 'fflate';
import { readXlsxSheets } from '../../../../cli/xlsxReader';
import { readTable } from '../../../../shared/ingest/tables/readTable';
import { readXlsx } from '../../../../shared/ingest/tables/xlsx/readXlsx';
import { makeXlsx } from './xlsxFixture';

const opts = { fileName: 'register.xlsx', xlsxReader: readXlsxSheets };

const workbook = makeXlsx([
  {
    name: 'Projekt',
    rows: [
      ['Projekt', 'Start', 'Budget', 'Deltagare', 'Klar', 'Summa', 'Kod', 'Kommentar'],
      ['Besöksnäring Åre', { date: 40693 }, 1250000.5, 12, true, { formula: 'C2*2', cached: 2500001 }, '0114', 'ok'],
      ['Kompetens Umeå', { date: 41059 }, -2500, 7, false, { formula: 'C3*2', cached: -5000 }, '2480', null],
      ['Handel Småland', null, 300, 0, true, { formula: 'C4*2', cached: 600 }, '0780', '=HYPERLINK("x")'],
    ],
  },
  {
    name: 'Indikatorer',
    rows: [
      ['Uppföljning 2024'],
      [],
      ['Indikator', 'Värde', 'Andel'],
      ['Sysselsatta', 1234, '12 %'],
      ['Nya företag', 15, '7,5 %'],
    ],
  },
]);

describe('readXlsx', () => {
  it('lists the sheets and reads the first with types from Excel', async () => {
    const table = await readXlsx(workbook, opts);
    expect(table.format).toBe('xlsx');
    expect(table.sheets).toEqual(['Projekt', 'Indikatorer']);
    expect(table.sheet).toBe('Projekt');
    expect(table.hasHeader).toBe(true);
    expect(table.columns.map((c) => [c.name, c.type])).toEqual([
      ['Projekt', 'text'],
      ['Start', 'date'],
      ['Budget', 'decimal'],
      ['Deltagare', 'integer'],
      ['Klar', 'boolean'],
      ['Summa', 'integer'],
      ['Kod', 'text'],
      ['Kommentar', 'text'],
    ]);
    expect(table.rows[0]).toEqual(['Besöksnäring Åre', '2011-05-30', 1250000.5, 12, true, 2500001, '0114', 'ok']);
    expect(table.rows[1]).toEqual(['Kompetens Umeå', '2012-05-30', -2500, 7, false, -5000, '2480', null]);
    // Formulas give their cached values; formula-like text stays text and is never evaluated.
    expect(table.rows[2]).toEqual(['Handel Småland', null, 300, 0, true, 600, '0780', '=HYPERLINK("x")']);
    expect(table.rowLines).toEqual([2, 3, 4]);
  });

  it('reads a named sheet, skipping its preamble and typing string cells like CSV', async () => {
    const table = await readXlsx(workbook, { ...opts, sheet: 'Indikatorer' });
    expect(table.sheet).toBe('Indikatorer');
    expect(table.skipLines).toBe(2);
    expect(table.columns.map((c) => [c.name, c.type])).toEqual([['Indikator', 'text'], ['Värde', 'integer'], ['Andel', 'percent']]);
    expect(table.rows).toEqual([['Sysselsatta', 1234, 12], ['Nya företag', 15, 7.5]]);
    expect(table.problems.map((p) => p.code)).toEqual(['preambleSkipped']);
  });

  it('applies type overrides with mismatches', async () => {
    const table = await readXlsx(workbook, { ...opts, types: { 6: 'integer', 2: 'text' } });
    expect(table.rows.map((row) => row[6])).toEqual([null, 2480, null]);
    expect(table.rows[0]?.[2]).toBe('1250000.5');
    expect(table.problems.filter((p) => p.code === 'typeMismatch').map((p) => p.line)).toEqual([2, 4]);
  });

  it('readTable dispatches a zip to the xlsx reader', async () => {
    const table = await readTable(workbook, { ...opts, fileName: 'x.dat' });
    expect(table.format).toBe('xlsx');
  });

  it('refuses what is not a readable workbook', async () => {
    await expect(readXlsx(makeXlsx([]), opts)).rejects.toMatchObject({ code: 'noSheets' });
    await expect(readXlsx(workbook, { ...opts, sheet: 'Saknas' })).rejects.toMatchObject({ code: 'sheetNotFound' });
    await expect(readXlsx(zipSync({ 'word/document.xml': strToU8('<w/>') }), opts)).rejects.toMatchObject({ code: 'unsupportedFormat' });
    await expect(readXlsx(workbook.slice(0, 200), opts)).rejects.toMatchObject({ code: 'corrupt' });
    await expect(readTable(new TextEncoder().encode('a;b\n1;2'), opts).then((t) => t.format)).resolves.toBe('csv');
    await expect(readXlsx(new TextEncoder().encode('a;b\n1;2'), opts)).rejects.toMatchObject({ code: 'unsupportedFormat' });
    const broken = zipSync({ 'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>') });
    await expect(readXlsx(broken, opts)).rejects.toMatchObject({ code: 'corrupt' });
  });

  it('says a password-protected workbook is encrypted and an old .xls unsupported', async () => {
    const cfb = (withPackage: boolean) => {
      const bytes = new Uint8Array(1024);
      bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      const name = withPackage ? 'EncryptedPackage' : 'Workbook';
      Array.from(name).forEach((ch, i) => bytes.set([ch.charCodeAt(0), 0], 512 + i * 2));
      return bytes;
    };
    await expect(readXlsx(cfb(true), opts)).rejects.toMatchObject({ code: 'encrypted' });
    await expect(readXlsx(cfb(false), opts)).rejects.toMatchObject({ code: 'unsupportedFormat' });
    await expect(readTable(cfb(true), { fileName: 'x.xlsx' })).rejects.toMatchObject({ code: 'encrypted' });
  });
});
