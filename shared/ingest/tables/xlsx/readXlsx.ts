/**
 * Reading an .xlsx workbook into a table. The unzipping and XML parsing is read-excel-file's, passed
 * in as an `XlsxReader` (its types need the DOM's Blob, so it is wired in cli/ and renderer/, not
 * imported here). It only parses XML: nothing in the file is run, and formulas give their cached values.
 * Excel's cells come typed (numbers, dates, booleans, strings); a column of strings is typed the way a
 * CSV column is.
 */
import { detectHeader, preambleRows, type SampleRow } from '../csv/csvDetect';
import { cellConverter, ColumnStats, type CellConverter, type ColumnTyping } from '../columnStats';
import { trimCell } from '../cellValues';
import { uniqueColumnNames, generatedColumnNames } from '../headerNames';
import { MAX_LISTED_PROBLEMS } from '../csv/csvStreamReader';
import { tableContainer } from '../tableBytes';
import { isEncryptedOfficePackage } from '../../../formats/zip/cfb';
import { openZip } from '../../../formats/zip/readZip';
import { DEFAULT_IMPORT_LIMITS } from '../../../domain/importLimits';
import { ImportError, isTableErrorCode } from '../../../domain/importError';
import type { ReadTable, TableProblem, TableReadOptions } from '../tableTypes';
import type { CellValue, ColumnType, TableColumn } from '../../../domain/tableValues';

/** A cell as read-excel-file gives it. */
export type XlsxCell = string | number | boolean | Date | null;

export interface XlsxSheet {
  name: string;
  rows: XlsxCell[][];
}

/**
 * Reads every sheet of an .xlsx file. Both the Node and the browser adapter are
 * `(data) => readXlsxFile(data).then((sheets) => sheets.map((s) => ({ name: s.sheet, rows: s.data })))`
 * with `readXlsxFile` from 'read-excel-file/universal' (see cli/xlsxReader.ts). Throws what it throws.
 */
export type XlsxReader = (data: ArrayBuffer) => Promise<XlsxSheet[]>;

export interface XlsxReadOptions extends TableReadOptions {
  xlsxReader: XlsxReader;
}

/** An Excel date as ISO: `YYYY-MM-DD` at midnight, else `YYYY-MM-DDTHH:mm` (`:ss` when it has seconds). */
export function excelDateIso(date: Date): string {
  const iso = date.toISOString();
  if (iso.endsWith('T00:00:00.000Z')) return iso.slice(0, 10);
  return iso.slice(17, 19) === '00' ? iso.slice(0, 16) : iso.slice(0, 19);
}

function rawText(cell: XlsxCell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : excelDateIso(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell);
}

type NativeKind = 'number' | 'date' | 'boolean' | 'string' | 'mixed' | 'empty';

function kindOf(cell: XlsxCell): NativeKind {
  if (cell === null || cell === undefined || (typeof cell === 'string' && trimCell(cell) === '')) return 'empty';
  if (cell instanceof Date) return 'date';
  return typeof cell === 'number' ? 'number' : typeof cell === 'boolean' ? 'boolean' : 'string';
}

function fail(error: unknown): never {
  if (error instanceof ImportError && isTableErrorCode(error.code)) throw error;
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown }).code;
  if (code === 'XLS_FILE_NOT_SUPPORTED') throw new ImportError('unsupportedFormat', 'an Excel 97-2003 .xls file');
  throw new ImportError('corrupt', `${name ? `${name}: ` : ''}${typeof code === 'string' ? `${code} ` : ''}${message}`.trim());
}

/**
 * Opens the zip with the importers' guarded reader (declared sizes checked before anything is
 * inflated) and looks at xl/workbook.xml: no workbook is 'unsupportedFormat', no sheets 'noSheets'.
 */
function checkWorkbook(bytes: Uint8Array): void {
  let hasWorkbook: boolean;
  let workbook: Uint8Array | null;
  try {
    const zip = openZip(bytes, DEFAULT_IMPORT_LIMITS);
    hasWorkbook = zip.has('xl/workbook.xml');
    workbook = hasWorkbook ? zip.read('xl/workbook.xml') : null;
  } catch (error) {
    // The zip reader's refusals, worded for a table: a zip bomb is too large, anything else corrupt.
    if (error instanceof ImportError) throw new ImportError(error.code === 'zipTooLarge' ? 'tooLarge' : 'corrupt', `${error.code}: ${error.detail}`);
    throw error;
  }
  if (!hasWorkbook) throw new ImportError('unsupportedFormat', 'a zip archive without an Excel workbook (xl/workbook.xml)');
  if (workbook === null) throw new ImportError('corrupt', 'xl/workbook.xml cannot be read');
  let text = '';
  for (let i = 0; i < workbook.length; i += 8192) text += String.fromCharCode(...workbook.subarray(i, i + 8192));
  if (!/<(?:\w+:)?sheet\b/.test(text)) throw new ImportError('noSheets');
}

/** Reads one sheet (options.sheet, else the first) of an .xlsx file; throws ImportError. */
export async function readXlsx(bytes: Uint8Array, options: XlsxReadOptions): Promise<ReadTable> {
  const container = tableContainer(bytes, options.maxBytes);
  if (container === 'cfb') {
    if (isEncryptedOfficePackage(bytes)) throw new ImportError('encrypted', 'a password-protected workbook (OLE container with an EncryptedPackage)');
    throw new ImportError('unsupportedFormat', 'an OLE container (an Excel 97-2003 .xls or another Office file), not .xlsx');
  }
  if (container !== 'zip') throw new ImportError('unsupportedFormat', 'not a zip archive, so not an .xlsx workbook');
  checkWorkbook(bytes);
  let sheets: XlsxSheet[];
  try {
    const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    sheets = await options.xlsxReader(data);
  } catch (error) {
    fail(error);
  }
  if (sheets.length === 0) throw new ImportError('noSheets');
  const names = sheets.map((sheet) => sheet.name);
  const chosen = options.sheet === undefined ? sheets[0] : sheets.find((sheet) => sheet.name === options.sheet);
  if (chosen === undefined) throw new ImportError('sheetNotFound', options.sheet ?? '');
  options.onProgress?.(0.5);
  const table = sheetTable(chosen, options);
  options.onProgress?.(1);
  return { ...table, sheets: names, sheet: chosen.name };
}

function lastFilled(row: readonly XlsxCell[]): number {
  let n = row.length;
  while (n > 0 && kindOf(row[n - 1] ?? null) === 'empty') n--;
  return n;
}

/** One sheet as a table: preamble rows, header, native column types, typed rows. */
export function sheetTable(sheet: XlsxSheet, options: TableReadOptions): ReadTable {
  const all = sheet.rows.map((cells, i) => ({ cells, line: i + 1 })).filter(({ cells }) => lastFilled(cells) > 0);
  if (all.length === 0) throw new ImportError('empty', `sheet ${sheet.name}`);
  const problems: TableProblem[] = [];
  let start = 0;
  if (options.skipLines !== undefined) {
    start = all.findIndex(({ line }) => line > (options.skipLines ?? 0));
    if (start === -1) throw new ImportError('empty', `sheet ${sheet.name}`);
  } else {
    start = preambleRows(all.slice(0, 60).map(({ cells }) => lastFilled(cells)));
  }
  const body = all.slice(start);
  const skipLines = options.skipLines ?? ((body[0]?.line ?? 1) - 1);
  if (start > 0 && options.skipLines === undefined) problems.push({ code: 'preambleSkipped', line: 1, values: { count: skipLines } });
  const sample: SampleRow[] = body.slice(0, 60).map(({ cells, line }) => ({ fields: cells.slice(0, lastFilled(cells)).map(rawText), line }));
  const hasHeader = options.hasHeader ?? detectHeader(sample);
  const headerRow = hasHeader ? body[0] : undefined;
  const dataRows = hasHeader ? body.slice(1) : body;
  if (dataRows.length === 0) throw new ImportError('headerOnly', `sheet ${sheet.name}`);
  let columnCount = headerRow ? lastFilled(headerRow.cells) : 0;
  for (const { cells } of dataRows) columnCount = Math.max(columnCount, lastFilled(cells));
  let names: string[];
  if (headerRow) {
    const unique = uniqueColumnNames(headerRow.cells.map(rawText), columnCount);
    names = unique.names;
    if (unique.renamed.length > 0) problems.push({ code: 'headerRenamed', line: headerRow.line, values: { names: unique.renamed.join(', ') } });
  } else {
    names = generatedColumnNames(columnCount);
  }
  const rawRows = dataRows.map(({ cells }) => cells.slice(0, lastFilled(cells)).map(rawText));
  const rowLines = dataRows.map(({ line }) => line);
  const columns: TableColumn[] = [];
  const convert: Array<(cell: XlsxCell, raw: string) => CellValue | undefined> = [];
  for (let j = 0; j < columnCount; j++) {
    const kinds = new Set<NativeKind>();
    const stats = new ColumnStats();
    let integers = true;
    let midnight = true;
    for (let i = 0; i < dataRows.length; i++) {
      const cell = (dataRows[i]?.cells[j] ?? null) as XlsxCell;
      const kind = kindOf(cell);
      if (kind === 'empty') continue;
      kinds.add(kind);
      stats.add(rawRows[i]?.[j] ?? '');
      if (kind === 'number' && !Number.isInteger(cell)) integers = false;
      if (kind === 'date' && (rawRows[i]?.[j] ?? '').length > 10) midnight = false;
    }
    const only = kinds.size === 1 ? [...kinds][0] : kinds.size === 0 ? 'empty' : 'mixed';
    const typing: ColumnTyping = stats.decide(names[j] as string);
    let inferred: ColumnType;
    if (only === 'number') inferred = integers ? (typing.type === 'boolean' ? 'boolean' : 'integer') : 'decimal';
    else if (only === 'date') inferred = midnight ? 'date' : 'datetime';
    else if (only === 'boolean') inferred = 'boolean';
    else if (only === 'string') inferred = typing.type;
    else inferred = 'text';
    const type = options.types?.[j] ?? inferred;
    columns.push({ name: names[j] as string, originalName: headerRow ? rawText(headerRow.cells[j] ?? null) : '', type });
    const fromText: CellConverter = cellConverter({ type, notation: only === 'string' ? typing.notation : 'en' });
    convert.push((cell, raw) => {
      if (type === 'text') return raw;
      if (typeof cell === 'number' && (type === 'decimal' || type === 'percent' || (type === 'integer' && Number.isInteger(cell)))) return cell;
      if (typeof cell === 'number' && type === 'boolean' && (cell === 0 || cell === 1)) return cell === 1;
      if (typeof cell === 'boolean' && type === 'boolean') return cell;
      if (cell instanceof Date && type === 'date') return raw.length === 10 ? raw : undefined;
      if (cell instanceof Date && type === 'datetime') return raw.length === 10 ? `${raw}T00:00` : raw;
      return fromText(trimCell(raw));
    });
  }
  const mismatches = new Array<number>(columnCount).fill(0);
  const rows: CellValue[][] = dataRows.map(({ cells, line }, i) => {
    const row = new Array<CellValue>(columnCount);
    for (let j = 0; j < columnCount; j++) {
      const cell = (cells[j] ?? null) as XlsxCell;
      const raw = rawRows[i]?.[j] ?? '';
      if (kindOf(cell) === 'empty') {
        row[j] = null;
        continue;
      }
      const value = (convert[j] as (cell: XlsxCell, raw: string) => CellValue | undefined)(cell, raw);
      row[j] = value === undefined ? null : value;
      if (value === undefined && ++(mismatches[j] as number) <= MAX_LISTED_PROBLEMS) {
        problems.push({ code: 'typeMismatch', line, values: { line, column: names[j] as string, value: raw, type: (columns[j] as TableColumn).type } });
      }
    }
    return row;
  });
  mismatches.forEach((count, j) => {
    if (count > MAX_LISTED_PROBLEMS) problems.push({ code: 'typeMismatchMore', line: null, values: { column: names[j] as string, count: count - MAX_LISTED_PROBLEMS, type: (columns[j] as TableColumn).type } });
  });
  return {
    format: 'xlsx',
    encoding: null,
    delimiter: null,
    sheets: null,
    sheet: sheet.name,
    skipLines,
    hasHeader,
    columns,
    rawRows,
    rows,
    rowLines,
    problems,
  };
}
