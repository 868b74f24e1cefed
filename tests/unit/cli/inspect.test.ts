import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, FIXTURES, runCli, runJson, tinyPdf } from './cliHarness';

const fixture = (...parts: string[]) => path.join(FIXTURES, ...parts);
const TXT = fixture('text', 'slutrapport-besoksnaring.txt');
const MD = fixture('text', 'delrapport-kompetens.md');
const CP1252 = fixture('text', 'delrapport-handel-windows1252.txt');
const UTF16 = fixture('text', 'protokoll-utf16le.txt');
const HTML = fixture('html', 'slutrapport-upphandling.html');
const HTML_1252 = fixture('html', 'delrapport-smaland-windows1252.htm');

let work = '';
const inWork = (name: string, bytes: Uint8Array | string) => {
  const file = path.join(work, name);
  writeFileSync(file, bytes);
  return file;
};

beforeAll(() => {
  buildCli();
  work = mkdtempSync(path.join(tmpdir(), 'sparbar-cli-'));
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('sparbar inspect: plain output', () => {
  it('prints format, pages, blocks by kind, characters and words in Swedish', () => {
    const run = runCli(['inspect', TXT]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      [
        TXT,
        '  format: text (txt)',
        '  sidor: –',
        '  block: 10 (rubriker 4, stycken 6)',
        // 10 paragraphs joined by blank lines; "runt-turism" is one word.
        '  tecken: 601',
        '  ord: 91',
        '',
      ].join('\n'),
    );
  });

  it('prints the warnings from the catalog, in Swedish and with --lang en in English', () => {
    const sv = runCli(['inspect', CP1252, UTF16, HTML]);
    expect(sv.status).toBe(0);
    expect(sv.stdout).toContain('  varning: Filen var inte UTF-8 och lästes som Windows-1252.');
    expect(sv.stdout).toContain('  varning: Filen lästes som UTF-16.');
    expect(sv.stdout).toContain('  varning: 2 länkar eller bilder utanför filen hämtades inte.');
    expect(sv.stdout).toContain('3 av 3 filer lästes.');
    const en = runCli(['inspect', '--lang', 'en', CP1252]);
    expect(en.stdout).toContain('  warning: The file was not UTF-8 and was read as Windows-1252.');
    expect(en.stdout).toContain('  blocks: 4 (headings 2, paragraphs 2)');
  });

  it('reads a PDF through pdf.js, loaded from node_modules by the bundle', () => {
    const pdf = inWork('hej.pdf', tinyPdf('Hej v\xe4rlden fr\xe5n Sp\xe5rbar'));
    const run = runJson([pdf]);
    expect(run.status).toBe(0);
    expect(run.entries[0]).toMatchObject({ format: 'pdf', pageCount: 1, error: null });
    expect(run.entries[0]?.blocks.map((block) => block.text).join(' ')).toContain('Hej världen från Spårbar');
  });
});

describe('sparbar inspect --json', () => {
  it('gives one entry per file with the blocks and their text', () => {
    const { status, entries } = runJson([MD, HTML, HTML_1252]);
    expect(status).toBe(0);
    expect(entries.map((entry) => [entry.file, entry.format, entry.error])).toEqual([
      [MD, 'md', null],
      [HTML, 'html', null],
      [HTML_1252, 'html', null],
    ]);
    const [md, html, html1252] = entries as [NonNullable<(typeof entries)[0]>, NonNullable<(typeof entries)[0]>, NonNullable<(typeof entries)[0]>];
    expect(md.blocks.slice(0, 5)).toEqual([
      { kind: 'heading', level: 1, page: null, text: 'Delrapport: Kompetenslyft Mälardalen' },
      { kind: 'paragraph', level: null, page: null, text: 'Projektet Kompetenslyft har under året genomfört utbildningar för kortutbildade anställda.' },
      { kind: 'heading', level: 2, page: null, text: 'Aktiviteter' },
      { kind: 'listItem', level: null, page: null, text: 'Workshoppar i Västerås' },
      { kind: 'listItem', level: null, page: null, text: 'tre tillfällen med Mälardalens företagarförening' },
    ]);
    expect(md.blocks.filter((block) => block.kind === 'tableCell').map((block) => block.text)).toEqual(['Kommun', 'Deltagare', 'Västerås', '42', 'Eskilstuna', '17']);
    expect(html.blocks.map((block) => block.text)).not.toContain('Hem · Om oss · Kontakt');
    expect(html.blocks.map((block) => block.text).join('\n')).not.toMatch(/inte text|Utkast|Aktivera JavaScript/);
    expect(html.warnings).toEqual([
      { code: 'externalResourcesIgnored', values: { count: 2 }, message: '2 länkar eller bilder utanför filen hämtades inte.' },
    ]);
    expect(html.pageCount).toBeNull();
    expect(html1252.blocks.map((block) => block.text)).toEqual([
      'Delrapport Småland',
      'Företagen i Växjö säger: “Det här fungerar” – och kostnaden blev 5 000 €.',
      'Uppföljning sker i oktober…',
    ]);
  });

  it('counts characters as code points and words as letter-and-digit runs', () => {
    const file = inWork('kort.txt', 'Hej 👍 då\n');
    const [entry] = runJson([file]).entries;
    expect(entry).toMatchObject({ characters: 8, words: 2 });
  });
});

describe('sparbar inspect: files that fail', () => {
  it('explains each failure with the catalog message and exits 1, still reading the other files', () => {
    const empty = inWork('tom.txt', '');
    const binary = inWork('data.txt', Uint8Array.from([0x41, 0x00, 0x42]));
    const sheet = inWork('budget.xlsx', Uint8Array.from([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]));
    const missing = path.join(work, 'finns-inte.txt');
    const run = runCli(['inspect', empty, binary, TXT, sheet, missing]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('  fel: Filen tom.txt innehåller ingen text. Kontrollera att du valt rätt fil.');
    expect(run.stdout).toContain('  fel: Filen data.txt är ingen textfil');
    // An .xlsx goes to the table reader: an empty zip holds no workbook.
    expect(run.stdout).toContain('  fel: Spårbar kan inte läsa tabeller av det här slaget (budget.xlsx).');
    expect(run.stdout).toContain(`  fel: Filen ${missing} finns inte.`);
    expect(run.stdout).toContain('  format: text (txt)');
    expect(run.stdout).toContain('1 av 5 filer lästes.');
  });

  it('gives the error code and message in --json, in English with --lang en', () => {
    const binary = inWork('data2.txt', Uint8Array.from([0x00, 0x01]));
    const { status, entries } = runJson(['--lang', 'en', binary, TXT]);
    expect(status).toBe(1);
    expect(entries[0]).toEqual({
      file: binary,
      format: null,
      pageCount: null,
      characters: null,
      words: null,
      warnings: [],
      error: { code: 'binary', message: 'The file data2.txt is not a text file nor a format Spårbar reads. Save the report as Word, PDF, OpenDocument or text and try again.' },
      blocks: [],
    });
    expect(entries[1]?.error).toBeNull();
  });

  it('stops a file that takes longer than the time limit, as a timeout', () => {
    const { status, entries } = runJson(['--timeout-ms', '1', TXT]);
    expect(status).toBe(1);
    expect(entries[0]?.error?.code).toBe('timeout');
    expect(entries[0]?.error?.message).toContain('Det tog längre än tidsgränsen (0,001 s) att läsa slutrapport-besoksnaring.txt');
  });
});

describe('sparbar: usage', () => {
  it.each([
    [[], 'Användning: sparbar inspect'],
    [['lista', TXT], 'Okänt kommando: lista.'],
    [['inspect'], 'Ange minst en fil att läsa.'],
    [['inspect', '--bogus', TXT], 'Okänd flagga: --bogus.'],
    [['inspect', '--lang', 'de', TXT], 'Språket måste vara sv eller en, inte de.'],
    [['inspect', '--timeout-ms', 'snart', TXT], 'Tiden måste vara ett positivt heltal'],
    [['inspect', TXT, '--password'], 'Flaggan --password behöver ett värde.'],
    [['inspect', '--lang=en', '--bogus'], 'Unknown option: --bogus.'],
  ])('%j is a usage error (exit 2)', (args, message) => {
    const run = runCli(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
  });

  it('prints help with --help and exits 0', () => {
    const run = runCli(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('sparbar inspect FIL...');
    expect(run.stdout).toContain('--timeout-ms');
    expect(runCli(['inspect', '-h', '--lang', 'en']).stdout).toContain('Exit status: 0 when every file was read');
  });
});
