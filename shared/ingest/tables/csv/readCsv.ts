import { createCsvStreamReader, type CsvStreamOptions, type CsvStreamReader, type TableSummary } from './csvStreamReader';
import { estimateRows } from './csvRows';
import { decodeTableText, tableContainer } from '../tableBytes';
import type { ReadTable, ReadTableCells, TableReadOptions } from '../tableTypes';
import { ImportError } from '../../../domain/importError';
import type { CellValue } from '../../../domain/tableValues';

/** Reads a whole CSV/TSV file at once (Node, the CLI, tests); throws ImportError. */
export function readCsv(bytes: Uint8Array, options: TableReadOptions): ReadTable {
  const container = tableContainer(bytes, options.maxBytes);
  if (container !== 'text') throw new ImportError('unsupportedFormat', container === 'zip' ? 'a zip archive, not CSV text' : 'an OLE container, not CSV text');
  const decoded = decodeTableText(bytes);
  return readCsvText(decoded.text, { ...options, encoding: decoded.encoding }, decoded.problems);
}

/** Text pushed to the stream reader at a time, and rows typed at a time: each step reports progress. */
export const PIECE = 1 << 20;
const BATCH = 20_000;

/** Reads decoded CSV text through the stream reader, in pieces so that progress is reported as it goes. */
export function readCsvText(text: string, options: CsvStreamOptions, decodingProblems: ReadTable['problems'] = []): ReadTable {
  const reader = createCsvStreamReader({ ...options, totalLength: text.length });
  for (let at = 0; at < text.length; at += PIECE) reader.push(text.slice(at, at + PIECE));
  const summary = reader.finish();
  // The first batch's arrays become the table's; later batches are appended to them.
  let rows: CellValue[][] = [];
  let rawRows: string[][] = [];
  let rowLines: number[] = [];
  for (const batch of reader.batches(options.onProgress ? BATCH : Number.MAX_SAFE_INTEGER)) {
    if (rows.length === 0) {
      rows = batch.rows;
      rawRows = batch.rawRows;
      rowLines = batch.rowLines;
      continue;
    }
    for (const row of batch.rows) rows.push(row);
    for (const row of batch.rawRows) rawRows.push(row);
    for (const line of batch.rowLines) rowLines.push(line);
  }
  return toReadTable(summary, rows, rawRows, rowLines, decodingProblems);
}

export function toReadTable(summary: TableSummary, rows: CellValue[][], rawRows: string[][], rowLines: number[], leading: ReadTable['problems'] = []): ReadTable {
  const { rowCount: _rowCount, ...rest } = summary;
  return { ...rest, problems: [...leading, ...summary.problems], rows, rawRows, rowLines };
}

/**
 * Reads decoded CSV text column by column (the table worker's path): the typed cells as the stream
 * reader keeps them, no row arrays, and the cells as written of the first `rawRowsKept` rows only.
 */
export function readCsvCellsText(text: string, options: CsvStreamOptions, decodingProblems: ReadTable['problems'] = []): ReadTableCells {
  const reader = createCsvStreamReader({ ...options, totalLength: text.length, expectedRows: estimateRows(text) });
  for (let at = 0; at < text.length; at += PIECE) reader.push(text.slice(at, at + PIECE));
  return tableCellsOf(reader, decodingProblems);
}

/** The table a stream reader has been given all the text of, column by column (see readCsvCellsText). */
export function tableCellsOf(reader: CsvStreamReader, decodingProblems: ReadTable['problems']): ReadTableCells {
  const { rowCount: _rowCount, ...rest } = reader.finish();
  const cells = reader.cells();
  return { ...rest, problems: [...decodingProblems, ...rest.problems], cells, rawRows: reader.rawRows, rowLines: reader.rowLines };
}
