/**
 * Reads a table file by its content, not its name: a zip is an .xlsx workbook, an OLE container a
 * password-protected workbook (or an old .xls), anything else CSV/TSV text.
 */
import { readCsv } from './csv/readCsv';
import { readXlsx, type XlsxReader } from './xlsx/readXlsx';
import { tableContainer } from './tableBytes';
import type { ReadTable, TableReadOptions } from './tableTypes';
import { ImportError } from '../../domain/importError';

export interface ReadTableOptions extends TableReadOptions {
  /** Needed for .xlsx files (see XlsxReader); without it a workbook is 'unsupportedFormat'. */
  xlsxReader?: XlsxReader;
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
