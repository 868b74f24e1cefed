/**
 * Reading CSV text piece by piece, for large files in a worker: `push` decoded text as it comes (rows
 * are tokenized by papaparse through csvTokenizer.ts, and each column's possible types narrowed as they
 * arrive), `finish` decides the header,
 * columns and types, then `batches` hands over the typed rows a batch at a time, so the caller can
 * post each batch and report progress between them. A column's type depends on all its values, so
 * typed rows can only come after the last piece; parsing and type inference are done by then.
 */
import { detectCsvLayout, SAMPLE_ROWS } from './csvDetect';
import { createCsvTokenizer, newlineOf, offsetAfterLines, type CsvTokenizer } from './csvTokenizer';
import { cellConverter, ColumnStats, type CellConverter } from '../columnStats';
import { parseNumberAs, trimCell, type NumberNotation } from '../cellValues';
import { generatedColumnNames, uniqueColumnNames } from '../headerNames';
import type { ReadTable, TableProblem, TableReadOptions } from '../tableTypes';
import { ImportError } from '../../../domain/importError';
import type { CellValue, ColumnType, TableColumn } from '../../../domain/tableValues';

/** Problems of one kind listed one by one before the rest are only counted. */
export const MAX_LISTED_PROBLEMS = 20;
export const DEFAULT_BATCH_SIZE = 5000;
/** Share of the progress that parsing takes; converting the rows takes the rest. */
const PARSE_SHARE = 0.8;

export interface CsvStreamOptions extends TableReadOptions {
  /** The whole text's length, when known, so progress can be reported while parsing. */
  totalLength?: number;
  /** The encoding the text was decoded from, for the summary. */
  encoding?: string | null;
}

/** Typed rows `firstRow` … `firstRow + rows.length - 1` (0-based data row indexes). */
export interface TableBatch {
  firstRow: number;
  rows: CellValue[][];
  rawRows: string[][];
  rowLines: number[];
  /** Problems found while converting these rows (values that do not fit an overridden type). */
  problems: TableProblem[];
}

/** A table without its rows: what `finish` knows. `problems` grows while the batches are converted. */
export type TableSummary = Omit<ReadTable, 'rows' | 'rawRows' | 'rowLines'> & { rowCount: number };

export interface CsvStreamReader {
  /** Parses the next piece of decoded text (any size; a row may span pieces). */
  push(text: string): void;
  /** Ends the input; throws ImportError('empty' | 'headerOnly'). */
  finish(): TableSummary;
  /** The typed rows, `size` at a time (after `finish`). */
  batches(size?: number): Generator<TableBatch>;
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
  const rawRows: string[][] = [];
  /** Each row's values as `ColumnStats.add` gave them back: final for the columns whose stats keep them. */
  const typedRows: CellValue[][] = [];
  const rowLines: number[] = [];
  const stats: ColumnStats[] = [];
  let summary: TableSummary | null = null;
  let converters: CellConverter[] = [];
  let types: ColumnType[] = [];
  let kinds: number[] = [];
  /** The columns whose values are converted from the values as written (the others are typed already). */
  let converted: number[] = [];
  let columnCount = 0;
  const mismatchCounts: number[] = [];

  const sink = (fields: string[], line: number): void => {
    if (hasHeader && header === null) {
      header = fields;
      headerLine = line;
      return;
    }
    rawRows.push(fields);
    rowLines.push(line);
    const typed = new Array<CellValue>(fields.length);
    for (let j = 0; j < fields.length; j++) {
      let column = stats[j];
      if (column === undefined) {
        column = new ColumnStats();
        stats[j] = column;
      }
      typed[j] = column.add(fields[j] as string);
    }
    typedRows.push(typed);
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
    const reader = createCsvTokenizer({ delimiter, newline: newlineOf(buffer), firstLine: skipLines + 1, sink });
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

  const finish = (): TableSummary => {
    if (summary) return summary;
    const reader = tokenizer ?? (buffer.length > 0 ? detect(true) : null);
    reader?.end();
    progress();
    if (reader === null || (rawRows.length === 0 && header === null)) throw new ImportError('empty');
    if (rawRows.length === 0) throw new ImportError('headerOnly', `line ${headerLine}`);
    const problems: TableProblem[] = [];
    if (skipLines > 0 && options.skipLines === undefined) problems.push({ code: 'preambleSkipped', line: 1, values: { count: skipLines } });
    let maxFields = header === null ? 0 : (header as string[]).length;
    for (const row of rawRows) if (row.length > maxFields) maxFields = row.length;
    columnCount = maxFields;
    let names: string[];
    if (header !== null) {
      const unique = uniqueColumnNames(header, columnCount);
      names = unique.names;
      if (unique.renamed.length > 0) problems.push({ code: 'headerRenamed', line: headerLine, values: { names: unique.renamed.join(', ') } });
    } else {
      names = generatedColumnNames(columnCount);
    }
    const columns: TableColumn[] = [];
    converters = [];
    types = [];
    kinds = [];
    converted = [];
    for (let j = 0; j < columnCount; j++) {
      const column = stats[j] ?? new ColumnStats();
      const typing = column.decide(names[j] as string);
      const override = options.types?.[j];
      const type = override ?? typing.type;
      if (!column.keeps({ type, notation: typing.notation }, override === undefined)) converted.push(j);
      columns.push({ name: names[j] as string, originalName: header === null ? '' : ((header as string[])[j] ?? ''), type });
      types.push(type);
      converters.push(cellConverter({ type, notation: typing.notation }, override === undefined));
      kinds.push(conversionKind(type, typing.notation, override === undefined));
      mismatchCounts.push(0);
    }
    const ends = reader.lineEnds;
    if ([ends.crlf, ends.lf, ends.cr].filter((n) => n > 0).length > 1) {
      problems.push({ code: 'mixedLineEndings', line: null, values: { crlf: ends.crlf, lf: ends.lf, cr: ends.cr } });
    }
    if (reader.unclosedQuoteLine !== null) problems.push({ code: 'unclosedQuote', line: reader.unclosedQuoteLine });
    const expected = header !== null ? (header as string[]).length : modeOf(rawRows.map((row) => row.length));
    let ragged = 0;
    for (let i = 0; i < rawRows.length; i++) {
      const fields = (rawRows[i] as string[]).length;
      if (fields === expected) continue;
      ragged++;
      if (ragged <= MAX_LISTED_PROBLEMS) problems.push({ code: 'raggedRow', line: rowLines[i] as number, values: { line: rowLines[i] as number, fields, expected } });
    }
    if (ragged > MAX_LISTED_PROBLEMS) problems.push({ code: 'raggedRowMore', line: null, values: { count: ragged - MAX_LISTED_PROBLEMS } });
    summary = {
      format: 'csv',
      encoding: options.encoding ?? null,
      delimiter,
      sheets: null,
      sheet: null,
      skipLines,
      hasHeader: header !== null,
      columns,
      problems,
      rowCount: rawRows.length,
    };
    return summary;
  };

  function* batches(size = DEFAULT_BATCH_SIZE): Generator<TableBatch> {
    const table = summary ?? finish();
    const total = rawRows.length;
    for (let first = 0; first < total; first += size) {
      const end = Math.min(total, first + size);
      const rows: CellValue[][] = new Array<CellValue[]>(end - first);
      const problems: TableProblem[] = [];
      for (let i = first; i < end; i++) {
        const raw = rawRows[i] as string[];
        // Typed while parsing (see ColumnStats.add); a short row's missing cells are null.
        const row = typedRows[i] as CellValue[];
        for (let j = row.length; j < columnCount; j++) row[j] = null;
        for (const j of converted) {
          const cell = raw[j];
          if (cell === undefined || cell === '') {
            row[j] = null;
            continue;
          }
          const trimmed = trimCell(cell);
          if (trimmed === '') {
            row[j] = null;
            continue;
          }
          // The common inferred types are converted here directly; the rest through their converter.
          let value: CellValue | undefined;
          switch (kinds[j]) {
            case KIND_TEXT:
              value = cell;
              break;
            case KIND_SV_NUMBER:
              value = parseNumberAs(trimmed, 'sv');
              break;
            case KIND_EN_NUMBER:
              value = parseNumberAs(trimmed, 'en');
              break;
            default:
              value = (converters[j] as CellConverter)(trimmed);
          }
          if (value === undefined) {
            row[j] = null;
            const count = ++(mismatchCounts[j] as number);
            if (count <= MAX_LISTED_PROBLEMS) {
              const line = rowLines[i] as number;
              problems.push({ code: 'typeMismatch', line, values: { line, column: (table.columns[j] as TableColumn).name, value: cell, type: types[j] as string } });
            }
          } else {
            row[j] = value;
          }
        }
        rows[i - first] = row;
      }
      if (end === total) {
        mismatchCounts.forEach((count, j) => {
          if (count > MAX_LISTED_PROBLEMS) {
            problems.push({ code: 'typeMismatchMore', line: null, values: { column: (table.columns[j] as TableColumn).name, count: count - MAX_LISTED_PROBLEMS, type: types[j] as string } });
          }
        });
      }
      table.problems.push(...problems);
      options.onProgress?.(PARSE_SHARE + (1 - PARSE_SHARE) * (end / total));
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
  };
}

const KIND_TEXT = 0;
/** A number column whose type was inferred, so every value already parsed in its notation. */
const KIND_SV_NUMBER = 1;
const KIND_EN_NUMBER = 2;
const KIND_CONVERTER = 3;

function conversionKind(type: ColumnType, notation: NumberNotation, inferred: boolean): number {
  if (type === 'text') return KIND_TEXT;
  if (inferred && (type === 'integer' || type === 'decimal' || type === 'percent')) return notation === 'sv' ? KIND_SV_NUMBER : KIND_EN_NUMBER;
  return KIND_CONVERTER;
}

function modeOf(values: number[]): number {
  const tally = new Map<number, number>();
  let best = 0;
  let bestCount = 0;
  for (const value of values) {
    const n = (tally.get(value) ?? 0) + 1;
    tally.set(value, n);
    if (n > bestCount || (n === bestCount && value > best)) {
      best = value;
      bestCount = n;
    }
  }
  return best;
}
