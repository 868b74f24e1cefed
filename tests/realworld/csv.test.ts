// The table reader over the real CSV files in ../shared/corpus/csv (see its SOURCES.md): the csv-spectrum
// edge cases against their JSON oracles, Swedish and Nordic bank exports, municipality and county lists,
// the papaparse samples and QualCoder's case files.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../shared/ingest/tables/csv/readCsv';
import type { ReadTable } from '../../shared/ingest/tables/tableTypes';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CSV = path.join(ROOT, '..', 'shared', 'corpus', 'csv');
const bytes = (...parts: string[]) => new Uint8Array(readFileSync(path.join(CSV, ...parts)));
const read = (...parts: string[]) => readCsv(bytes(...parts), { fileName: parts.at(-1) as string });
const types = (table: ReadTable) => table.columns.map((c) => c.type);
const column = (table: ReadTable, name: string) => {
  const j = table.columns.findIndex((c) => c.name === name);
  if (j === -1) throw new Error(`no column ${name}`);
  return table.rows.map((row) => row[j]);
};

describe.skipIf(!existsSync(CSV))('real-world CSV', () => {
  describe('csv-spectrum', () => {
    const dir = path.join(CSV, 'csv-spectrum');
    const names = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.csv')) : [];
    /**
     * Where the stored files and their oracles disagree with each other, not with the reader:
     * - newlines_crlf.csv is stored with LF line ends (the upstream snapshot lost its CRs), while its
     *   oracle keeps "\r\n" inside the quoted field; the oracle is compared with CRLF made LF.
     * - location_coordinates.json is an object (not a list) and its phone number (1234567890) is not the
     *   file's (2095257564); the other fields are compared.
     */
    it.each(names)('%s parses exactly to its oracle', (name) => {
      const table = read('csv-spectrum', name);
      const objects = table.rawRows.map((row) => Object.fromEntries(table.columns.map((c, j) => [c.originalName, row[j] ?? ''])));
      let oracle = JSON.parse(readFileSync(path.join(dir, name.replace(/\.csv$/, '.json')), 'utf8')) as unknown;
      if (name === 'newlines_crlf.csv') oracle = JSON.parse(JSON.stringify(oracle).replace(/\\r\\n/g, '\\n'));
      if (name === 'location_coordinates.csv') {
        const expected = { ...(oracle as Record<string, string>), 'Contact Phone Number': '2095257564' };
        expect(objects).toEqual([expected]);
        expect(table.rows[0]?.[0]).toBe(2095257564);
        return;
      }
      expect(table.hasHeader).toBe(true);
      expect(table.delimiter).toBe(',');
      expect(objects).toEqual(oracle);
      expect(table.problems).toEqual([]);
    });

    it('types the spectrum cells: numbers stay numbers, the zip code with a leading zero stays text', () => {
      const quotes = read('csv-spectrum', 'comma_in_quotes.csv');
      expect(quotes.rows).toEqual([['John', 'Doe', '120 any st.', 'Anytown, WW', '08123']]);
      expect(read('csv-spectrum', 'empty.csv').rows).toEqual([[1, null, null], [2, 3, 4]]);
      expect(read('csv-spectrum', 'utf8.csv').rows[1]).toEqual([4, 5, 'ʤ']);
    });
  });

  it('se_danskebank: Windows-1252, ";" all quoted, "." thousands and decimal comma, CRLF', () => {
    const table = read('se_danskebank_transaktioner_latin1_semicolon.csv');
    expect(table.encoding).toBe('windows-1252');
    expect(table.delimiter).toBe(';');
    expect(table.hasHeader).toBe(true);
    expect(table.columns.map((c) => c.name)).toEqual(['Bokföringsdag', 'Specifikation', 'Belopp', 'Saldo', 'Status', 'Avstämt']);
    expect(types(table)).toEqual(['date', 'text', 'decimal', 'decimal', 'text', 'boolean']);
    expect(table.rows).toHaveLength(6);
    expect(table.rows[1]).toEqual(['2019-08-20', 'Swish till Herr Nilsson', -2500, 5141.43, 'Utförd', false]);
    expect(table.rows[2]?.[1]).toBe('Swish från Tant Grön');
    expect(table.rows[3]?.[1]).toBe('Swish från Farbror Blå');
    expect(column(table, 'Saldo')[0]).toBe(4558.07);
    expect(table.problems.map((p) => p.code)).toEqual(['decodedAsWindows1252']);
  });

  it('se_nordea_personkonto: UTF-8 BOM, ";", decimal comma, empty fields stay null', () => {
    const table = read('se_nordea_personkonto_utf8bom_semicolon.csv');
    expect([table.encoding, table.delimiter, table.hasHeader, table.skipLines]).toEqual(['utf-8', ';', true, 0]);
    expect(table.columns.map((c) => c.name)).toEqual(['Bokföringsdag', 'Belopp', 'Avsändare', 'Mottagare', 'Namn', 'Rubrik', 'Saldo', 'Valuta']);
    expect(types(table)).toEqual(['date', 'decimal', 'text', 'text', 'text', 'text', 'decimal', 'text']);
    expect(table.rows[0]).toEqual(['2020-01-01', -24, 'NAID-SE-SEK-40510020417', null, null, 'Vardagspaket Månadspris kort', 8884.58, 'SEK']);
    expect(table.rows.at(-1)?.[5]).toBe('Autogiro LÄKARE UTAN');
    expect(table.rows).toHaveLength(6);
    expect(table.problems).toEqual([]);
  });

  it('fi_nordea_personkonto (Finnish headers): dd.mm.yyyy dates, no final newline', () => {
    const table = read('fi_nordea_personkonto_fi_utf8bom_semicolon.csv');
    expect(table.columns.map((c) => c.name)).toEqual(['Kirjauspäivä', 'Määrä', 'Maksaja', 'Maksunsaaja', 'Nimi', 'Otsikko', 'Saldo', 'Valuutta']);
    expect(types(table).slice(0, 2)).toEqual(['date', 'decimal']);
    expect(table.rows.map((row) => row.slice(0, 2))).toEqual([['2020-05-07', -72], ['2019-12-30', -4.16]]);
    // The Saldo column is empty throughout: text, all null.
    expect(column(table, 'Saldo')).toEqual([null, null]);
  });

  it('fi_nordea_sv_invalid_dates: a date column with "Invalid date" stays text, amounts are numbers', () => {
    const table = read('fi_nordea_sv_invalid_dates_utf8bom.csv');
    expect(types(table).slice(0, 2)).toEqual(['text', 'decimal']);
    expect(column(table, 'Bokföringsdag')).toEqual(['Invalid date', 'Invalid date', '07.05.2020', '30.12.2019']);
    expect(column(table, 'Belopp')).toEqual([-51.72, -7, -72, -4.16]);
  });

  it('fi_nordea_transaktioner (tab): skips the account-number preamble, reads the header on line 3', () => {
    const table = read('fi_nordea_transaktioner_sv_tab_preamble.txt');
    expect([table.delimiter, table.skipLines, table.hasHeader]).toEqual(['\t', 2, true]);
    expect(table.columns.slice(0, 5).map((c) => [c.name, c.type])).toEqual([
      ['Bokningsdag', 'date'],
      ['Valutadag', 'date'],
      ['Betalningsdag', 'date'],
      ['Belopp', 'decimal'],
      ['Mottagare/Betalare', 'text'],
    ]);
    // The header ends with a tab: a 14th, empty header, renamed.
    expect(table.columns).toHaveLength(14);
    expect(table.columns[13]?.name).toBe('Kolumn 14');
    expect(table.rows).toHaveLength(12);
    expect(table.rows[0]?.slice(0, 5)).toEqual(['2019-04-08', '2019-04-07', '2019-04-07', 300, 'JOHN DOE']);
    expect(column(table, 'Belopp')).toEqual([300, -2, -8, -3.71, -25, -36.95, -12.49, -170.8, -9.9, -13.37, -4.95, 164.9]);
    expect(column(table, 'Kontotransaktion')[1]).toBe('Visa Electron-köp');
    // Card numbers (16 digits) are identifiers, not quantities.
    expect(column(table, 'Kortets nummer')[1]).toBe('1234566789012345');
    expect(table.rowLines[0]).toBe(5);
    const codes = table.problems.map((p) => p.code);
    expect(codes.slice(0, 2)).toEqual(['preambleSkipped', 'headerRenamed']);
    expect(codes.filter((c) => c === 'raggedRow').length).toBeGreaterThan(0);
  });

  it('se_municipalities: 290 kommuner, codes with leading zeros kept as text', () => {
    const table = read('se_municipalities_cc0.csv');
    expect(table.columns.map((c) => [c.name, c.type])).toEqual([
      ['municipality_code', 'text'],
      ['municipality_name', 'text'],
      ['municipality_name_short', 'text'],
      ['county_code', 'text'],
    ]);
    expect(table.rows).toHaveLength(290);
    expect(table.rows[0]).toEqual(['0114', 'Upplands Väsby kommun', 'Upplands Väsby', '01']);
    expect(table.rows[2]?.[2]).toBe('Österåker');
  });

  it('se_counties: 21 län, two-digit codes as text', () => {
    const table = read('se_counties_cc0.csv');
    expect(table.rows).toHaveLength(21);
    expect(types(table)).toEqual(['text', 'text', 'text']);
    expect(table.rows[3]).toEqual(['05', 'Östergötlands län', 'Östergötland']);
  });

  it('se_svensktext_kommuner: population integers, areas and coordinates decimals (English notation)', () => {
    const table = read('se_svensktext_kommuner.csv');
    expect(table.rows).toHaveLength(290);
    expect(types(table).slice(0, 5)).toEqual(['text', 'text', 'text', 'integer', 'decimal']);
    expect(table.rows[0]?.slice(0, 6)).toEqual(['0114', 'Upplands Väsby kommun', 'Stockholms län', 43891, 83.82, 75.01]);
    expect(column(table, 'ocean')[0]).toBe(0);
    expect(column(table, 'location_lat_google_2015_05_28')[0]).toBe(59.51961);
  });

  it('qualcoder cases and survey: ages are integers, the survey’s empty age is null, long quoted text intact', () => {
    const cases = read('qualcoder_cases123.csv');
    expect(cases.columns.map((c) => [c.name, c.type])).toEqual([['case', 'text'], ['Age', 'integer'], ['gender', 'text'], ['interest', 'text']]);
    expect(cases.rows).toEqual([['ID1', 20, 'f', 'science'], ['ID2', 22, 'm', 'performing arts'], ['ID3', 45, 'f', 'politics']]);
    const survey = read('qualcoder_survey456.csv');
    expect(survey.columns.map((c) => c.type)).toEqual(['text', 'integer', 'text', 'text', 'text']);
    expect(column(survey, 'Age')).toEqual([24, null, 67]);
    expect(survey.rows[0]?.[4]).toBe('I wanted to do some more studies but after leaving school and start working, I really lost the interest.');
    expect(survey.problems).toEqual([]);
  });

  it('papaparse samples: a BOM header, an empty first field, and a file without a header', () => {
    const bom = read('papaparse', 'utf-8-bom-sample.csv');
    expect(bom.columns.map((c) => c.name)).toEqual(['A', 'B', 'C']);
    expect(bom.rows).toEqual([['X', 'Y', 'Z']]);
    const header = read('papaparse', 'sample-header.csv');
    expect(header.columns.map((c) => c.name)).toEqual(['title', 'name']);
    expect(header.rows).toEqual([['test title 01', 'test name 01'], [null, 'test name 02']]);
    const long = read('papaparse', 'long-sample.csv');
    expect(long.hasHeader).toBe(false);
    expect(long.delimiter).toBe(',');
    expect(long.columns).toHaveLength(7);
    expect(long.rows[0]?.slice(0, 2)).toEqual(['Grant', 'Dyer']);
    expect(long.rows[0]?.[3]).toBe('2013-11-23T02:30:31-08:00');
  });

  it('reads every file in the folder without crashing', () => {
    for (const name of readdirSync(CSV).filter((f) => /\.(csv|txt)$/.test(f))) {
      const table = read(name);
      expect(table.rows.length, name).toBeGreaterThan(0);
    }
  });
});
