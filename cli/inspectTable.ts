// `sparbar inspect` for tables: CSV/TSV and .xlsx files are read with the table reader (shared/table)
// and reported with their encoding, delimiter, header, columns with types, row count and problems.
import { open, readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { en } from '../shared/i18n/en';
import { sv } from '../shared/i18n/sv';
import { translate } from '../shared/i18n/catalog';
import { readTable } from '../shared/ingest/tables/readTable';
import type { ReadTable } from '../shared/ingest/tables/tableTypes';
import { ImportError, importErrorKey, isTableErrorCode, type TableErrorCode } from '../shared/ingest/importError';
import type { CellValue, ColumnType } from '../shared/domain/tableValues';
import { CLI_MESSAGES, type CliLanguage } from './cliMessages';
import { fileSize, type FileProblem } from './fileSize';
import { formatBytes, errorReport } from './inspectReport';
import { readXlsxSheets } from './xlsxReader';

const TABLE_EXTENSIONS = new Set(['.csv', '.tsv', '.tab', '.xlsx', '.xlsm']);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const APP_CATALOGS = { sv, en } as const;
/** Rows printed with --json. */
export const JSON_ROWS = 20;

/** Whether a file is a table: a table extension, or a zip holding an Excel workbook. */
export async function isTableFile(path: string): Promise<boolean> {
  if (TABLE_EXTENSIONS.has(extname(path).toLowerCase())) return true;
  let file;
  try {
    file = await open(path, 'r');
    const head = Buffer.alloc(64 * 1024);
    const { bytesRead } = await file.read(head, 0, head.length, 0);
    if (!ZIP.every((b, i) => head[i] === b)) return false;
    // Zip entry names are stored as written; an .xlsx names xl/workbook.xml near the start or in its directory.
    if (head.subarray(0, bytesRead).includes('xl/workbook')) return true;
    const size = (await file.stat()).size;
    const tail = Buffer.alloc(Math.min(size, 64 * 1024));
    await file.read(tail, 0, tail.length, size - tail.length);
    return tail.includes('xl/workbook');
  } catch {
    return false;
  } finally {
    await file?.close();
  }
}

export type TableOutcome =
  | { status: 'read'; size: number; table: ReadTable }
  | { status: 'failed'; size: number | null; code: TableErrorCode; detail: string }
  | { status: 'unreadable'; problem: FileProblem; reason: string };

/** One table's result as `--json` prints it. */
export interface TableJson {
  file: string;
  format: 'csv' | 'xlsx' | null;
  encoding: string | null;
  delimiter: string | null;
  hasHeader: boolean | null;
  skipLines: number | null;
  sheets: string[] | null;
  sheet: string | null;
  columns: Array<{ name: string; type: ColumnType }>;
  rowCount: number | null;
  problems: Array<{ code: string; line: number | null; values: Record<string, string | number>; message: string }>;
  rows: CellValue[][];
  error: { code: string; message: string } | null;
}

export async function inspectTable(path: string, fileName: string, sheet: string | undefined, maxBytes: number): Promise<TableOutcome> {
  const found = await fileSize(path);
  if (!('size' in found)) return found;
  const size = found.size;
  if (size > maxBytes) return { status: 'failed', size, code: 'tooLarge', detail: `${size} bytes, over the limit of ${maxBytes}` };
  try {
    const bytes = new Uint8Array(await readFile(path));
    const table = await readTable(bytes, { fileName, maxBytes, xlsxReader: readXlsxSheets, ...(sheet === undefined ? {} : { sheet }) });
    return { status: 'read', size, table };
  } catch (error) {
    if (error instanceof ImportError && isTableErrorCode(error.code)) return { status: 'failed', size, code: error.code, detail: error.detail };
    return { status: 'failed', size, code: 'corrupt', detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

export function tableToJson(path: string, name: string, outcome: TableOutcome, language: CliLanguage, maxBytes: number, sheet: string | undefined): TableJson {
  const empty: TableJson = {
    file: path,
    format: null,
    encoding: null,
    delimiter: null,
    hasHeader: null,
    skipLines: null,
    sheets: null,
    sheet: null,
    columns: [],
    rowCount: null,
    problems: [],
    rows: [],
    error: null,
  };
  if (outcome.status === 'unreadable') {
    return { ...empty, error: { code: outcome.problem, message: translate(CLI_MESSAGES[language], outcome.problem, { path, reason: outcome.reason }) } };
  }
  if (outcome.status === 'failed') {
    const values = { name, size: formatBytes(outcome.size ?? 0, language), max: formatBytes(maxBytes, language), sheet: sheet ?? '' };
    return { ...empty, error: { code: outcome.code, message: translate(APP_CATALOGS[language], importErrorKey(outcome.code, 'tableError'), values) } };
  }
  const { table } = outcome;
  return {
    file: path,
    format: table.format,
    encoding: table.encoding,
    delimiter: table.delimiter,
    hasHeader: table.hasHeader,
    skipLines: table.skipLines,
    sheets: table.sheets,
    sheet: table.sheet,
    columns: table.columns.map(({ name: columnName, type }) => ({ name: columnName, type })),
    rowCount: table.rows.length,
    problems: table.problems.map((problem) => ({
      code: problem.code,
      line: problem.line,
      values: problem.values ?? {},
      message: translate(APP_CATALOGS[language], `tableProblem.${problem.code}`, problem.values ?? {}),
    })),
    rows: table.rows.slice(0, JSON_ROWS),
    error: null,
  };
}

/** The plain report: the path, then indented facts, one column per line. */
export function tableToText(entry: TableJson, outcome: TableOutcome, language: CliLanguage): string {
  const m = CLI_MESSAGES[language];
  const lines = [entry.file];
  if (entry.error) return errorReport(entry.file, entry.error.message, outcome.status === 'failed' ? outcome.detail : '', language);
  lines.push(`  ${m.label.format}: ${entry.format}`);
  if (entry.format === 'csv') {
    lines.push(`  ${m.label.encoding}: ${entry.encoding}`);
    lines.push(`  ${m.label.delimiter}: ${entry.delimiter === '\t' ? m.label.tab : entry.delimiter}`);
  } else {
    lines.push(`  ${m.label.sheets}: ${(entry.sheets ?? []).map((s) => (s === entry.sheet ? `[${s}]` : s)).join(', ')}`);
  }
  lines.push(`  ${m.label.header}: ${entry.hasHeader ? m.label.yes : m.label.no}`);
  lines.push(`  ${m.label.skipped}: ${entry.skipLines}`);
  lines.push(`  ${m.label.columns}: ${entry.columns.length}`);
  for (const column of entry.columns) lines.push(`    ${column.name} (${m.columnType[column.type]})`);
  lines.push(`  ${m.label.rows}: ${entry.rowCount}`);
  for (const problem of entry.problems) lines.push(`  ${m.label.problem}: ${problem.message}`);
  return lines.join('\n');
}
