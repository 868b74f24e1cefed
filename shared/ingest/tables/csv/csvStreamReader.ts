/**
 * Reading CSV text piece by piece, for large files in a worker: `push` decoded text as it comes (rows
 * are tokenized by papaparse through csvTokenizer.ts, and each column's cells typed and kept as they
 * arrive, column by column: columnCells.ts), `finish` decides the header, columns and types, then
 * `cells` gives the typed table column by column (a number column as a Float64Array), or `batches`
 * the typed rows a batch at a time. A column's type depends on all its values, so typed values can only
 * come after the last piece; parsing and type inference are done by then, and a column typed while
 * parsing (numbers, text) needs no conversion at all.
 */
import { detectCsvLayout, SAMPLE_ROWS } from './csvDetect';
import { createCsvTokenizer, newlineOf, offsetAfterLines, type CsvTokenizer, type LineEndCounts } from './csvTokenizer';
import { ColumnCells } from './columnCells';
import { CsvRows, type CsvRowsState } from './csvRows';
import { cellConverter, type CellConverter } from '../columnStats';
import { trimCell } from '../cellValues';
import { conversionKind, convertAs, isNumberType, modeOf } from './cellConversion';
import { generatedColumnNames, uniqueColumnNames } from '../headerNames';
import type { ReadTable, TableProblem, TableReadOptions } from '../tableTypes';
import { ImportError } from '../../../domain/importError';
import type { CellValue, ColumnType, TableColumn } from '../../../domain/tableValues';
import { rowValues, type ColumnValues, type TableCells } from '../../../domain/tableCells';

/** Problems of one kind listed one by one before the rest are only counted. */
export const MAX_LISTED_PROBLEMS = 20;
export const DEFAULT_BATCH_SIZE = 5000;
/** Share of the progress that parsing takes; converting the rows takes the rest. */
export const PARSE_SHARE = 0.8;
/** Rows converted between two progress reports when `cells` converts them all. */
const CONVERT_STEP = 20_000;

export interface CsvStreamOptions extends TableReadOptions {
  /** The whole text's length, when known, so progress can be reported while parsing. */
  totalLength?: number;
  /** The encoding the text was decoded from, for the summary. */
  encoding?: string | null;
  /** Keep the cells as written of only this many first rows (a preview); all by default. */
  rawRowsKept?: number;
  /** About how many rows the text holds (estimateRows), so the columns are made that size at once. */
  expectedRows?: number;
}

/** Typed rows `firstRow` … `firstRow + rows.length - 1` (0-based data row indexes). */
export interface TableBatch {
  firstRow: number;
  rows: CellValue[][];
  /** The cells as written of these rows (of those among the first `rawRowsKept`). */
  rawRows: string[][];
  rowLines: number[];
  /** Problems found while converting these rows (values that do not fit an overridden type). */
  problems: TableProblem[];
}

/** A table without its rows: what `finish` knows. `problems` grows while the rows are converted. */
export type TableSummary = Omit<ReadTable, 'rows' | 'rawRows' | 'rowLines'> & { rowCount: number };

export interface CsvStreamReader {
  /** Parses the next piece of decoded text (any size; a row may span pieces). */
  push(text: string): void;
  /** Ends the input; throws ImportError('empty' | 'headerOnly'). */
  finish(): TableSummary;
  /** The typed rows, `size` at a time (after `finish`). */
  batches(size?: number): Generator<TableBatch>;
  /** The typed table column by column (after `finish`; converts what `batches` has not). */
  cells(): TableCells;
  /** The cells as written of the first `rawRowsKept` rows. */
  readonly rawRows: string[][];
  /** Each row's 1-based file line. */
  readonly rowLines: number[];
  /** The delimiter and row end found (null until enough text has been pushed to find them). */
  readonly layout: { delimiter: string; newline: '\n' | '\r' } | null;
  /**
   * Ends the input pushed here and takes the rows of the parts of the text after it, read apart
   * (csvParts.ts), in order. False, with nothing taken, when the text pushed here ends inside a quoted
   * field: the first part then did not start a row, and the text must be read again as one.
   */
  adopt(parts: readonly CsvPartState[]): boolean;
}

/**
 * A part of a CSV text read apart (csvParts.ts): its rows, and its row ends and open quote as the tokenizer
 * saw them. Its lines are counted from the part's start (1); `nextLine` is the line after its last.
 */
export interface CsvPartState extends CsvRowsState {
  lineEnds: LineEndCounts;
  unclosedQuoteLine: number | null;
  nextLine: number;
}

export function createCsvStreamReader(options: CsvStreamOptions): CsvStreamReader {
  /** The text before the layout is detected; then the tokenizer takes everything. */
  let buffer = '';
  let tokenizer: CsvTokenizer | null = null;
  /** Characters before the tokenizer's first (the preamble). */
  let skipped = 0;
  let delimiter = ',';
  let skipLines = 0;
  let hasHeader = true;
  let header: string[] | null = null;
  let headerLine = 0;
  let newline: '\n' | '\r' = '\n';
  const rows = new CsvRows(options.rawRowsKept ?? Number.POSITIVE_INFINITY, options.expectedRows || undefined);
  const { rawRows, widths, rowLines } = rows;
  /** Parts' row ends and open quote, added to the tokenizer's at the end. */
  const partLineEnds: LineEndCounts = { crlf: 0, lf: 0, cr: 0 };
  let partUnclosedQuote: number | null = null;
  let rowCount = 0;
  let summary: TableSummary | null = null;
  const converters: CellConverter[] = [];
  const types: ColumnType[] = [];
  const kinds: number[] = [];
  /** The columns whose values are converted from the values as written (the others are typed already). */
  const converted: number[] = [];
  /** The values as written of each converted column (by column index), and the typed columns. */
  let sources: (string | null)[][] = [];
  const columns: ColumnValues[] = [];
  /** Rows converted so far. */
  let convertedTo = 0;
  let columnCount = 0;
  const mismatchCounts: number[] = [];

  const sink = (fields: string[], line: number): void => {
    if (hasHeader && header === null) {
      header = fields;
      headerLine = line;
      return;
    }
    rows.add(fields, line);
  };
  const enoughToDetect = (final: boolean): boolean => {
    if (final) return true;
    const lines = (options.skipLines ?? 0) + SAMPLE_ROWS + 5;
    return offsetAfterLines(buffer, lines) !== -1 || buffer.length > 1 << 20;
  };

  const detect = (final: boolean): CsvTokenizer => {
    const layout = detectCsvLayout(buffer, final, options);
    delimiter = layout.delimiter;
    skipLines = layout.skipLines;
    hasHeader = layout.hasHeader;
    newline = newlineOf(buffer);
    const reader = createCsvTokenizer({ delimiter, newline, firstLine: skipLines + 1, sink });
    const start = offsetAfterLines(buffer, skipLines);
    skipped = start === -1 ? buffer.length : start;
    tokenizer = reader;
    reader.push(start === -1 ? '' : buffer.slice(start));
    buffer = '';
    return reader;
  };

  const progress = (): void => {
    if (options.onProgress && options.totalLength && tokenizer) options.onProgress(Math.min(1, (skipped + tokenizer.consumed) / options.totalLength) * PARSE_SHARE);
  };

  /** Ends the input (detecting the layout from what there is, if it was not yet): the tokenizer, or null without text. */
  const end = (): CsvTokenizer | null => {
    const reader = tokenizer ?? (buffer.length > 0 ? detect(true) : null);
    reader?.end();
    return reader;
  };

  const finish = (): TableSummary => {
    if (summary) return summary;
    const reader = end();
    progress();
    rowCount = rows.rowCount;
    const columnCells = rows.columns;
    if (reader === null || (rowCount === 0 && header === null)) throw new ImportError('empty');
    if (rowCount === 0) throw new ImportError('headerOnly', `line ${headerLine}`);
    const problems: TableProblem[] = [];
    if (skipLines > 0 && options.skipLines === undefined) problems.push({ code: 'preambleSkipped', line: 1, values: { count: skipLines } });
    let maxFields = header === null ? 0 : (header as string[]).length;
    for (const width of widths) if (width > maxFields) maxFields = width;
    columnCount = maxFields;
    let names: string[];
    if (header !== null) {
      const unique = uniqueColumnNames(header, columnCount);
      names = unique.names;
      if (unique.renamed.length > 0) problems.push({ code: 'headerRenamed', line: headerLine, values: { names: unique.renamed.join(', ') } });
    } else {
      names = generatedColumnNames(columnCount);
    }
    const tableColumns: TableColumn[] = [];
    for (let j = 0; j < columnCount; j++) {
      const cells = columnCells[j] ?? new ColumnCells();
      cells.pad(rowCount);
      const typing = cells.stats.decide(names[j] as string);
      const override = options.types?.[j];
      const type = override ?? typing.type;
      const kind = conversionKind(type, typing.notation, override === undefined);
      tableColumns.push({ name: names[j] as string, originalName: header === null ? '' : ((header as string[])[j] ?? ''), type });
      types.push(type);
      converters.push(cellConverter({ type, notation: typing.notation }, override === undefined));
      kinds.push(kind);
      mismatchCounts.push(0);
      const numbers = cells.numberColumn();
      const kept = cells.stats.keeps({ type, notation: typing.notation }, override === undefined);
      if (kept && numbers !== null && type !== 'text') columns.push(numbers);
      else if (kept && type === 'text') columns.push(cells.texts());
      else {
        converted.push(j);
        sources[j] = cells.texts();
        // Filled in row order: a column of values by push, so it stays a packed array (see storedColumn).
        columns.push(isNumberType(type) ? new Float64Array(rowCount) : []);
      }
      columnCells[j] = cells;
    }
    // The cells are in `columns` and `sources` now.
    columnCells.length = 0;
    const ends = { crlf: reader.lineEnds.crlf + partLineEnds.crlf, lf: reader.lineEnds.lf + partLineEnds.lf, cr: reader.lineEnds.cr + partLineEnds.cr };
    if ([ends.crlf, ends.lf, ends.cr].filter((n) => n > 0).length > 1) {
      problems.push({ code: 'mixedLineEndings', line: null, values: { crlf: ends.crlf, lf: ends.lf, cr: ends.cr } });
    }
    const unclosedQuoteLine = reader.unclosedQuoteLine ?? partUnclosedQuote;
    if (unclosedQuoteLine !== null) problems.push({ code: 'unclosedQuote', line: unclosedQuoteLine });
    const expected = header !== null ? (header as string[]).length : modeOf(widths);
    let ragged = 0;
    for (let i = 0; i < rowCount; i++) {
      const fields = widths[i] as number;
      if (fields === expected) continue;
      ragged++;
      if (ragged <= MAX_LISTED_PROBLEMS) problems.push({ code: 'raggedRow', line: rowLines[i] as number, values: { line: rowLines[i] as number, fields, expected } });
    }
    if (ragged > MAX_LISTED_PROBLEMS) problems.push({ code: 'raggedRowMore', line: null, values: { count: ragged - MAX_LISTED_PROBLEMS } });
    summary = { format: 'csv', encoding: options.encoding ?? null, delimiter, sheets: null, sheet: null, skipLines, hasHeader: header !== null, columns: tableColumns, problems, rowCount };
    return summary;
  };

  /** Converts rows convertedTo … end - 1 of the converted columns, row by row (so problems come in file order). */
  const convertTo = (end: number): TableProblem[] => {
    const table = summary ?? finish();
    const problems: TableProblem[] = [];
    for (let i = convertedTo; i < end; i++) {
      for (const j of converted) {
        const cell = (sources[j] as (string | null)[])[i];
        const column = columns[j] as ColumnValues;
        const empty = isNumberType(types[j] as ColumnType) ? Number.NaN : null;
        // Rows come in order (convertedTo only grows), so `column[i] =` appends to a column of values.
        if (cell === null || cell === undefined) {
          column[i] = empty;
          continue;
        }
        const trimmed = trimCell(cell);
        if (trimmed === '') {
          column[i] = empty;
          continue;
        }
        const value = convertAs(kinds[j] as number, cell, trimmed, converters[j] as CellConverter);
        if (value === undefined) {
          column[i] = empty;
          const count = ++(mismatchCounts[j] as number);
          if (count <= MAX_LISTED_PROBLEMS) {
            const line = rowLines[i] as number;
            problems.push({ code: 'typeMismatch', line, values: { line, column: (table.columns[j] as TableColumn).name, value: cell, type: types[j] as string } });
          }
        } else {
          column[i] = value;
        }
      }
    }
    convertedTo = Math.max(convertedTo, end);
    if (end === rowCount) {
      mismatchCounts.forEach((count, j) => {
        if (count > MAX_LISTED_PROBLEMS) {
          problems.push({ code: 'typeMismatchMore', line: null, values: { column: (table.columns[j] as TableColumn).name, count: count - MAX_LISTED_PROBLEMS, type: types[j] as string } });
        }
      });
      // The values as written are not needed once converted.
      sources = [];
    }
    table.problems.push(...problems);
    options.onProgress?.(PARSE_SHARE + (1 - PARSE_SHARE) * (end / rowCount));
    return problems;
  };

  const typedCells = (): TableCells => ({ rowCount, columns });

  function* batches(size = DEFAULT_BATCH_SIZE): Generator<TableBatch> {
    if (!summary) finish();
    for (let first = 0; first < rowCount; first += size) {
      const end = Math.min(rowCount, first + size);
      const problems = end > convertedTo ? convertTo(end) : [];
      const cells = typedCells();
      const rows = new Array<CellValue[]>(end - first);
      for (let i = first; i < end; i++) rows[i - first] = rowValues(cells, i);
      yield { firstRow: first, rows, rawRows: rawRows.slice(first, end), rowLines: rowLines.slice(first, end), problems };
    }
  }

  return {
    push(text: string) {
      if (summary) throw new Error('push after finish');
      if (tokenizer) tokenizer.push(text);
      else {
        buffer = buffer.length === 0 ? text : buffer + text;
        if (enoughToDetect(false)) detect(false);
      }
      progress();
    },
    finish,
    batches,
    cells() {
      if (!summary) finish();
      while (convertedTo < rowCount) convertTo(Math.min(rowCount, convertedTo + CONVERT_STEP));
      return typedCells();
    },
    rawRows,
    rowLines,
    get layout() {
      return tokenizer === null ? null : { delimiter, newline };
    },
    adopt(parts) {
      if (summary) throw new Error('adopt after finish');
      const reader = end();
      if (reader === null || reader.unclosedQuoteLine !== null) return false;
      /** Lines before the part taken next: its line n is the file's line n + before. */
      let before = reader.line - 1;
      for (const part of parts) {
        rows.append(part, before);
        partLineEnds.crlf += part.lineEnds.crlf;
        partLineEnds.lf += part.lineEnds.lf;
        partLineEnds.cr += part.lineEnds.cr;
        if (part.unclosedQuoteLine !== null) partUnclosedQuote ??= part.unclosedQuoteLine + before;
        before += part.nextLine - 1;
      }
      return true;
    },
  };
}
