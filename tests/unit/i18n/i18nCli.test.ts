// The command line's words come from the catalogs (namespace `cli`, and importError, tableProblem …):
// every key its source names is in both languages, and what it prints is the catalogs' text.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { toJson, toText } from '../../../cli/inspectReport';
import type { FileOutcome } from '../../../cli/inspectFile';
import { tableToJson, tableToText, type TableOutcome } from '../../../cli/inspectTable';
import { readTable } from '../../../shared/ingest/tables/readTable';
import { main } from '../../../cli/sparbar';
import { BLOCK_KINDS, type Block } from '../../../shared/domain/document';
import { CATALOGS, translate, type Language } from '../../../shared/i18n';
import { flatten } from './i18nKeys';

const CLI = fileURLToPath(new URL('../../../cli/', import.meta.url));
const LANGUAGES: Language[] = ['sv', 'en'];

function cliSources(): { file: string; text: string }[] {
  return readdirSync(CLI)
    .filter((name) => /\.ts$/.test(name) && !name.endsWith('.d.ts'))
    .map((name) => ({ file: name, text: readFileSync(join(CLI, name), 'utf8') }));
}

/** The keys the command line's source names: whole keys, and the heads of keys built from values (`cli.blockKind.`). */
function namedKeys(): { keys: string[]; heads: string[] } {
  const namespaces = new Set(Object.keys(CATALOGS.sv));
  const keys: string[] = [];
  const heads: string[] = [];
  for (const { text } of cliSources()) {
    for (const match of text.matchAll(/(['`])([a-zA-Z]+\.[\w.]*)(\$\{|\1)/g)) {
      const key = match[2] as string;
      if (!namespaces.has(key.split('.')[0] as string)) continue;
      if (match[3] === '${') heads.push(key.replace(/\.$/, ''));
      else keys.push(key);
    }
    // The labels of the plain report, named through a helper: label('format') is `cli.label.format`.
    for (const match of text.matchAll(/\blabel\('(\w+)'\)/g)) keys.push(`cli.label.${match[1]}`);
    // The usage errors of the argument parser: usage('noFiles') is `cli.noFiles`.
    for (const match of text.matchAll(/\busage\('(\w+)'/g)) keys.push(`cli.${match[1]}`);
  }
  return { keys: [...new Set(keys)], heads: [...new Set(heads)] };
}

describe('the keys the command line names', () => {
  const { keys, heads } = namedKeys();
  const flat = { sv: flatten(CATALOGS.sv), en: flatten(CATALOGS.en) };
  const groups = (language: Language) => new Set([...flat[language].keys()].flatMap((key) => key.split('.').slice(1).map((_, i) => key.split('.').slice(0, i + 1).join('.'))));

  it('are found (the scan works)', () => {
    expect(keys).toEqual(expect.arrayContaining(['cli.help', 'cli.summary', 'cli.label.format', 'cli.label.tab', 'cli.noFiles', 'cli.missingValue']));
    expect(heads).toEqual(expect.arrayContaining(['cli', 'cli.blockKind', 'cli.columnType', 'importWarning', 'tableProblem']));
  });

  it.each(LANGUAGES)('are strings of the %s catalog', (language) => {
    expect(keys.filter((key) => !flat[language].has(key))).toEqual([]);
  });

  it.each(LANGUAGES)('name groups of the %s catalog where the rest comes from a value', (language) => {
    const known = groups(language);
    expect(heads.filter((head) => !known.has(head))).toEqual([]);
  });

  it('leave no message text of its own in cli/ (the words live in shared/i18n/cli.ts)', () => {
    const own = cliSources().filter(({ text }) => /\bsv:\s*\{|CatalogShape|Användning|Okänd/.test(text)).map(({ file }) => file);
    expect(own).toEqual([]);
  });
});

async function run(argv: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await main(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { status, stdout, stderr };
}

describe('what the command line prints', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sparbar-i18n-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(LANGUAGES)('prints the help of the %s catalog', async (language) => {
    expect(await run(['--help', '--lang', language])).toEqual({ status: 0, stdout: `${CATALOGS[language].cli.help}\n`, stderr: '' });
  });

  it('prints the usage line of the catalog when no command is given', async () => {
    expect((await run([])).stderr).toBe(`${CATALOGS.sv.cli.usage}\n${CATALOGS.sv.cli.seeHelp}\n`);
  });

  it.each([
    [['lista', 'a.txt'], 'sv', 'unknownCommand', { command: 'lista' }],
    [['inspect'], 'sv', 'noFiles', {}],
    [['inspect', '--bogus', 'a.txt'], 'sv', 'unknownOption', { option: '--bogus' }],
    [['inspect', '--lang', 'de', 'a.txt'], 'sv', 'badLanguage', { value: 'de' }],
    [['inspect', '--timeout-ms', 'snart', 'a.txt'], 'sv', 'badTimeout', { value: 'snart' }],
    [['inspect', 'a.txt', '--password'], 'sv', 'missingValue', { option: '--password' }],
    [['inspect', '--lang=en', '--bogus'], 'en', 'unknownOption', { option: '--bogus' }],
  ] as const)('%j prints cli.%s of the catalog', async (argv, language, key, values) => {
    const catalog = CATALOGS[language as Language];
    const result = await run([...argv]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`sparbar: ${translate(catalog, `cli.${key}`, values)}\n${catalog.cli.usage}\n${catalog.cli.seeHelp}\n`);
  });

  it.each(LANGUAGES)('reports files it cannot read, and the summary, in the words of the %s catalog', async (language) => {
    const catalog = CATALOGS[language];
    const missing = join(dir, 'saknas.txt');
    // A device is no file (a folder is read file by file, see tests/unit/cli/inspectHostile.test.ts).
    const device = '/dev/null';
    const result = await run(['inspect', '--lang', language, missing, device]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe(
      [
        missing,
        `  ${catalog.cli.label.error}: ${translate(catalog, 'cli.notFound', { path: missing })}`,
        '',
        device,
        `  ${catalog.cli.label.error}: ${translate(catalog, 'cli.notAFile', { path: device })}`,
        '',
        translate(catalog, 'cli.summary', { ok: 0, count: 2 }),
        '',
      ].join('\n'),
    );
  });

  it.each(LANGUAGES)('labels a table’s facts with the %s catalog', async (language) => {
    const catalog = CATALOGS[language];
    // Tables are read in the CLI bundle's worker (not from source here): the report of a table read the same way.
    const bytes = new TextEncoder().encode('Projekt\tAntal\nA\t1\nB\t2\n');
    const outcome: TableOutcome = { status: 'read', size: bytes.length, table: await readTable(bytes, { fileName: 'indikatorer.tsv', maxBytes: 1_000_000 }) };
    const result = { stdout: `${tableToText(tableToJson('indikatorer.tsv', 'indikatorer.tsv', outcome, language, 1_000_000, undefined), outcome, language)}\n` };
    const labels = catalog.cli.label;
    expect(result.stdout).toContain(`  ${labels.delimiter}: ${labels.tab}\n`);
    expect(result.stdout).toContain(`  ${labels.header}: ${labels.yes}\n`);
    expect(result.stdout).toContain(`    Antal (${catalog.cli.columnType.integer})\n`);
    expect(result.stdout).toContain(`  ${labels.rows}: 2\n`);
    expect(result.stdout).not.toMatch(/cli\./);
  });

  it.each(LANGUAGES)('labels a document’s facts, its blocks by kind and its warnings with the %s catalog', (language) => {
    const catalog = CATALOGS[language];
    const text = BLOCK_KINDS.map((kind) => `En rad (${kind}).`).join('\n\n');
    let start = 0;
    const blocks: Block[] = BLOCK_KINDS.map((kind, i) => {
      const length = `En rad (${kind}).`.length;
      const block: Block = { id: `b${i}`, kind, level: kind === 'heading' ? 1 : null, page: null, start, end: start + length };
      start += length + 2;
      return block;
    });
    const outcome: FileOutcome = {
      status: 'imported',
      size: text.length,
      document: { format: 'txt', text, blocks, pageCount: null, warnings: [{ code: 'imagesIgnored', values: { count: 2 } }], metadata: { title: null, author: null, organisation: null, date: null } },
    };
    const printed = toText(toJson('rapport.txt', 'rapport.txt', outcome, language, 1000), outcome, language);
    const labels = catalog.cli.label;
    expect(printed).toContain(`  ${labels.pages}: ${labels.none}\n`);
    for (const kind of BLOCK_KINDS) expect(printed).toContain(`${catalog.cli.blockKind[kind]} 1`);
    expect(printed).toContain(`  ${labels.warning}: ${translate(catalog, 'importWarning.imagesIgnored', { count: 2 })}`);
    for (const label of [labels.format, labels.blocks, labels.characters, labels.words]) expect(printed).toContain(`  ${label}: `);
    expect(printed).not.toMatch(/cli\./);
  });
});
