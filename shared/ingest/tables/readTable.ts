/**
 * Reads a table file by its content, not its name: a zip is an .xlsx workbook, an OLE container a
 * password-protected workbook (or an old .xls), anything else CSV/TSV text.
 */
import { readCsv } from './csv/readCsv';
import { readCsvBytesInParts, readCsvCellsInParts, type CsvParallel } from './csv/csvParts';
import { readXlsx, type XlsxReader } from './xlsx/readXlsx';
import { decodeTableText, tableContainer } from './tableBytes';
import type { ReadTable, ReadTableCells, TableReadOptions } from './tableTypes';
import { cellsFromRows } from '../../domain/tableCells';
import { ImportError } from '../../domain/importError';

export interface ReadTableOptions extends TableReadOptions {
  /** Needed for .xlsx files (see XlsxReader); without it a workbook is 'unsupportedFormat'. */
  xlsxReader?: XlsxReader;
  /** Reads parts of a large CSV file elsewhere at once (workers); read here alone without it. */
  parallel?: CsvParallel;
}

export async function readTable(bytes: Uint8Array, options: ReadTableOptions): Promise<ReadTable> {
  if (bytes.length === 0) throw new ImportError('empty');
  const container = tableContainer(bytes, options.maxBytes);
  if (container === 'text') return readCsv(bytes, options);
  const { xlsxReader } = options;
  if (xlsxReader === undefined) {
    if (container === 'cfb') return readXlsx(bytes, { ...options, xlsxReader: () => Promise.reject(new ImportError('unsupportedFormat')) });
    throw new ImportError('unsupportedFormat', 'no .xlsx reader was given');
  }
  return readXlsx(bytes, { ...options, xlsxReader });
}

/**
 * Reads a table file column by column (see ReadTableCells), keeping the cells as written of the first
 * `rawRowsKept` rows only: a CSV's cells typed as they are parsed, a workbook's rows made columns.
 */
export async function readTableCells(bytes: Uint8Array, options: ReadTableOptions & { rawRowsKept: number }): Promise<ReadTableCells> {
  if (bytes.length > 0 && tableContainer(bytes, options.maxBytes) === 'text') {
    const { parallel, ...rest } = options;
    // A large UTF-8 file: each part decodes its own bytes. Else the file is decoded whole first.
    const inParts = parallel ? await readCsvBytesInParts(bytes, rest, parallel) : null;
    if (inParts) return inParts;
    const decoded = decodeTableText(bytes);
    return readCsvCellsInParts(decoded.text, { ...rest, encoding: decoded.encoding }, decoded.problems, parallel);
  }
  const { rows, ...table } = await readTable(bytes, options);
  return { ...table, cells: cellsFromRows(rows, table.columns.length), rawRows: table.rawRows.slice(0, options.rawRowsKept) };
}
