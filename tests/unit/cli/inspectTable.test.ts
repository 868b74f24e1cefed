import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeXlsx } from '../ingest/tables/xlsxFixture';
import { cp1252 } from '../ingest/tables/tableTestUtils';
import { workFolder, buildCli, FIXTURES, runCli } from './cliHarness';

const REGISTER = path.join(FIXTURES, 'table', 'projektregister.csv');
const PREAMBLE = path.join(FIXTURES, 'table', 'indikatorer-preamble.csv');

interface TableEntry {
  file: string;
  format: string | null;
  encoding: string | null;
  delimiter: string | null;
  hasHeader: boolean | null;
  skipLines: number | null;
  sheets: string[] | null;
  sheet: string | null;
  columns: Array<{ name: string; type: string }>;
  rowCount: number | null;
  problems: Array<{ code: string; line: number | null; values: Record<string, string | number>; message: string }>;
  rows: unknown[][];
  error: { code: string; message: string } | null;
}

const inWork = workFolder('sparbar-cli-table-');
const json = (...args: string[]) => {
  const run = runCli(['inspect', '--json', ...args]);
  return { status: run.status, entries: JSON.parse(run.stdout) as TableEntry[], stderr: run.stderr };
};

beforeAll(() => {
  buildCli();
});

describe('sparbar inspect: tables', () => {
  it('prints a CSV table report in Swedish', () => {
    const run = runCli(['inspect', REGISTER]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      [
        REGISTER,
        '  format: csv',
        '  teckenkodning: utf-8',
        '  avgränsare: ;',
        '  rubrikrad: ja',
        '  överhoppade rader: 0',
        '  kolumner: 7',
        '    Projekt (text)',
        '    Ägare (text)',
        '    Start (datum)',
        '    Budget (kr) (decimaltal)',
        '    Andel (procent)',
        '    Avslutat (ja/nej)',
        '    Kommentar (text)',
        '  rader: 3',
        '',
      ].join('\n'),
    );
  });

  it('prints the skipped preamble and problems in English', () => {
    const run = runCli(['inspect', '--lang', 'en', PREAMBLE]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('  delimiter: ,\n');
    expect(run.stdout).toContain('  skipped lines: 3\n');
    expect(run.stdout).toContain('    2022 (decimal)\n');
    expect(run.stdout).toContain('  problem: The first 3 lines before the header were skipped.');
  });

  it('gives scripts JSON with typed rows', () => {
    const file = inWork('bank.csv', cp1252('"Bokföringsdag";"Belopp";"Mottagare"\r\n"2019-08-20";"-2.500,00";"Tant Grön"\r\n"2019-08-21";"-1 234,50";"Blå"\r\n'));
    const { status, entries } = json(file);
    expect(status).toBe(0);
    const [entry] = entries;
    expect(entry).toMatchObject({
      file,
      format: 'csv',
      encoding: 'windows-1252',
      delimiter: ';',
      hasHeader: true,
      skipLines: 0,
      sheets: null,
      columns: [
        { name: 'Bokföringsdag', type: 'date' },
        { name: 'Belopp', type: 'decimal' },
        { name: 'Mottagare', type: 'text' },
      ],
      rowCount: 2,
      rows: [
        ['2019-08-20', -2500, 'Tant Grön'],
        ['2019-08-21', -1234.5, 'Blå'],
      ],
      error: null,
    });
    expect(entry?.problems).toEqual([
      { code: 'decodedAsWindows1252', line: null, values: {}, message: 'Filen var inte UTF-8 och lästes som Windows-1252. Kontrollera att å, ä och ö ser rätt ut.' },
    ]);
  });

  it('caps the JSON rows at 20 and reports ragged rows with their lines', () => {
    const lines = ['a;b'];
    for (let i = 0; i < 30; i++) lines.push(`${i};x`);
    lines.push('99');
    const { entries } = json(inWork('many.csv', lines.join('\n')));
    expect(entries[0]?.rowCount).toBe(31);
    expect(entries[0]?.rows).toHaveLength(20);
    expect(entries[0]?.problems.map((p) => [p.code, p.line])).toEqual([['raggedRow', 32]]);
  });

  it('reads an .xlsx sheet chosen with --sheet, and lists the sheets', () => {
    const file = inWork(
      'register.xlsx',
      makeXlsx([
        { name: 'Projekt', rows: [['Namn', 'Budget'], ['Åre', 1250.5]] },
        { name: 'Indikatorer', rows: [['Indikator', 'Värde', 'Start'], ['Sysselsatta', 12, { date: 40693 }]] },
      ]),
    );
    const { status, entries } = json('--sheet', 'Indikatorer', file);
    expect(status).toBe(0);
    expect(entries[0]).toMatchObject({
      format: 'xlsx',
      encoding: null,
      sheets: ['Projekt', 'Indikatorer'],
      sheet: 'Indikatorer',
      columns: [
        { name: 'Indikator', type: 'text' },
        { name: 'Värde', type: 'integer' },
        { name: 'Start', type: 'date' },
      ],
      rows: [['Sysselsatta', 12, '2011-05-30']],
    });
    const text = runCli(['inspect', file]);
    expect(text.stdout).toContain('  blad: [Projekt], Indikatorer\n');
    const missing = runCli(['inspect', '--sheet', 'Saknas', file]);
    expect(missing.status).toBe(1);
    expect(missing.stdout).toContain('har inget blad som heter Saknas');
  });

  it('says what to do with an empty, binary or header-only table', () => {
    const { status, entries } = json(inWork('tom.csv', ''), inWork('bild.csv', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0])), inWork('rubrik.csv', 'Namn;Ort\n'));
    expect(status).toBe(1);
    expect(entries.map((e) => e.error?.code)).toEqual(['empty', 'binary', 'headerOnly']);
    expect(entries[2]?.error?.message).toContain('rubrik.csv har en rubrikrad men inga datarader');
  });

  it('reads a table in a worker stopped at the time limit, as documents are: one message with the limit, exit 1', () => {
    const rows = Array.from({ length: 400_000 }, (_, i) => `${i};Kommun ${i};${i},5`).join('\n');
    const file = inWork('stor-tabell.csv', `Nr;Namn;Värde\n${rows}\n`);
    const run = runCli(['inspect', '--timeout-ms', '100', file]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('Det tog längre än tidsgränsen (0,1 s) att läsa tabellen stor-tabell.csv');
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
    // Within the limit the same table is read whole.
    expect(json(file).entries[0]?.rowCount).toBe(400_000);
  });

  it('rejects --sheet without a value', () => {
    const run = runCli(['inspect', '--sheet']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Flaggan --sheet behöver ett värde.');
  });
});
