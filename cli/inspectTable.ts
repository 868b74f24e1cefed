// `sparbar inspect` for tables: CSV/TSV and .xlsx files are read with the table reader (shared/table)
// and reported with their encoding, delimiter, header, columns with types, row count and problems.
import { open, readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { catalogFor, translate, type Language } from '../shared/i18n';
import type { ReadTable } from '../shared/ingest/tables/tableTypes';
import { importErrorKey, isTableErrorCode, type TableErrorCode } from '../shared/domain/importError';
import type { ImportLimits } from '../shared/domain/importLimits';
import { importErrorValues } from '../shared/domain/importErrorValues';
import { runWorker } from './inspectFile';
import type { CellValue, ColumnType } from '../shared/domain/tableValues';
import { fileSize, type FileProblem } from './fileSize';
import { formatBytes, errorReport } from './inspectReport';
import { escapeControlChars } from '../shared/base/printableName';

const TABLE_EXTENSIONS = new Set(['.csv', '.tsv', '.tab', '.xlsx', '.xlsm']);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
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
  | { status: 'failed'; size: number | null; code: TableErrorCode; detail: string; values?: Readonly<Record<string, number>> }
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

/** Reads one table in a worker thread (as documents are), stopped at the time limit. */
export async function inspectTable(path: string, fileName: string, sheet: string | undefined, limits: ImportLimits, workerScript: string): Promise<TableOutcome> {
  const maxBytes = limits.maxFileBytes;
  const found = await fileSize(path);
  if (!('size' in found)) return found;
  const size = found.size;
  if (size > maxBytes) return { status: 'failed', size, code: 'tooLarge', detail: `${size} bytes, over the limit of ${maxBytes}` };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    return { status: 'unreadable', problem: 'unreadable', reason: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
  const reply = await runWorker({ kind: 'sparbar-import', bytes, fileName, password: undefined, limits, table: { sheet } }, workerScript, limits.timeoutMs);
  if (reply.type === 'table') return { status: 'read', size, table: reply.table };
  if (reply.type === 'failed' && isTableErrorCode(reply.code)) return { status: 'failed', size, code: reply.code, detail: reply.detail, ...(reply.values ? { values: reply.values } : {}) };
  return { status: 'failed', size, code: 'corrupt', detail: reply.type === 'failed' ? reply.detail : 'not a table' };
}

export function tableToJson(path: string, name: string, outcome: TableOutcome, language: Language, maxBytes: number, sheet: string | undefined): TableJson {
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
    return { ...empty, error: { code: outcome.problem, message: translate(catalogFor(language), `cli.${outcome.problem}`, { path: escapeControlChars(path), reason: outcome.reason }) } };
  }
  if (outcome.status === 'failed') {
    const values = { name: escapeControlChars(name), size: formatBytes(outcome.size ?? 0, language), max: formatBytes(maxBytes, language), sheet: sheet ?? '', ...importErrorValues(outcome.code, outcome.values ?? {}, language) };
    return { ...empty, error: { code: outcome.code, message: translate(catalogFor(language), importErrorKey(outcome.code, 'tableError'), values) } };
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
      message: translate(catalogFor(language), `tableProblem.${problem.code}`, problem.values ?? {}),
    })),
    rows: table.rows.slice(0, JSON_ROWS),
    error: null,
  };
}

/** The plain report: the path, then indented facts, one column per line. */
export function tableToText(entry: TableJson, outcome: TableOutcome, language: Language): string {
  const catalog = catalogFor(language);
  const label = (name: string): string => translate(catalog, `cli.label.${name}`);
  const lines = [escapeControlChars(entry.file)];
  if (entry.error) return errorReport(entry.file, entry.error.message, outcome.status === 'failed' ? outcome.detail : '', language);
  lines.push(`  ${label('format')}: ${entry.format}`);
  if (entry.format === 'csv') {
    lines.push(`  ${label('encoding')}: ${entry.encoding}`);
    lines.push(`  ${label('delimiter')}: ${entry.delimiter === '\t' ? label('tab') : entry.delimiter}`);
  } else {
    lines.push(`  ${label('sheets')}: ${(entry.sheets ?? []).map((s) => (s === entry.sheet ? `[${s}]` : s)).join(', ')}`);
  }
  lines.push(`  ${label('header')}: ${entry.hasHeader ? label('yes') : label('no')}`);
  lines.push(`  ${label('skipped')}: ${entry.skipLines}`);
  lines.push(`  ${label('columns')}: ${entry.columns.length}`);
  for (const column of entry.columns) lines.push(`    ${column.name} (${translate(catalog, `cli.columnType.${column.type}`)})`);
  lines.push(`  ${label('rows')}: ${entry.rowCount}`);
  for (const problem of entry.problems) lines.push(`  ${label('problem')}: ${problem.message}`);
  return lines.join('\n');
}
