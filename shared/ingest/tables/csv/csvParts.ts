/**
 * Reading a large CSV text in parts at once, each part in a worker of its own (the effect is passed in:
 * `CsvParallel.read`), so that a machine's cores share the tokenizing and typing that make most of a read.
 * The first part is read here by the stream reader, which also finds the layout (preamble, delimiter,
 * header); each later part starts where a row starts and is read with that layout into rows column by
 * column (csvRows.ts); the stream reader then takes the parts' rows after its own, in order, and types
 * the columns as it would have had it read the whole text: the same table, rows, lines and problems.
 *
 * Where a part starts is chosen where the quotes before it are even (outside any quoted field, as RFC 4180
 * reads them). A stray quote inside an unquoted field can mislead that count; the text before a part then
 * ends inside a quoted field, which the reader of that text sees, and the whole text is read again as one.
 */
import { countLineBreaks, createCsvTokenizer } from './csvTokenizer';
import { CsvRows } from './csvRows';
import { createCsvStreamReader, PARSE_SHARE, type CsvPartState, type CsvStreamOptions } from './csvStreamReader';
import { PIECE, readCsvCellsText, tableCellsOf } from './readCsv';
import type { ReadTable, ReadTableCells } from '../tableTypes';

/** The least text a part is given: below this a worker's start and the crossing cost more than they save. */
export const MIN_PART_LENGTH = 1 << 21;

/** Text pushed at a time until the layout is found (it needs the first 65 lines). */
const LAYOUT_PIECE = 1 << 16;

/** A part of a CSV text to read elsewhere, with the layout the first part found. */
export interface CsvPartRequest {
  text: string;
  delimiter: string;
  newline: '\n' | '\r';
  /** The file line the part's text starts on. */
  firstLine: number;
  /** Rows whose cells as written are kept (for a preview that reaches this part). */
  rawRowsKept: number;
}

/** Reads parts elsewhere: `parts` at most (this one's included), each by `read` (a worker's `readCsvPart`). */
export interface CsvParallel {
  parts: number;
  read: (request: CsvPartRequest) => Promise<CsvPartState>;
  /** The least text a part is given (MIN_PART_LENGTH unless said). */
  minPartLength?: number;
}

/** Reads one part of a CSV text (in the worker it was sent to); `transfer` lists the buffers to post it with. */
export function readCsvPart(request: CsvPartRequest): { state: CsvPartState; transfer: ArrayBuffer[] } {
  const { text, delimiter, newline, firstLine } = request;
  const rows = new CsvRows(request.rawRowsKept);
  const tokenizer = createCsvTokenizer({ delimiter, newline, firstLine, sink: (fields, line) => rows.add(fields, line) });
  for (let at = 0; at < text.length; at += PIECE) tokenizer.push(text.slice(at, at + PIECE));
  tokenizer.end();
  const { state, transfer } = rows.state();
  return { state: { ...state, lineEnds: { ...tokenizer.lineEnds }, unclosedQuoteLine: tokenizer.unclosedQuoteLine }, transfer };
}

/**
 * Where rows start at or after each of `targets` (ascending): just after a row end (`newline`) with an even
 * number of quotes before it. In a file of CR row ends, not where an LF follows the CR. Ascending, without
 * repeats; a target past the last such place has none.
 */
export function rowStartsAfter(text: string, targets: readonly number[], newline: '\n' | '\r'): number[] {
  const starts: number[] = [];
  let quotes = 0;
  let counted = 0;
  let quote = text.indexOf('"');
  /** The quotes in text[counted, to) added to `quotes`. */
  const countTo = (to: number) => {
    while (quote !== -1 && quote < to) {
      quotes++;
      quote = text.indexOf('"', quote + 1);
    }
    counted = to;
  };
  for (const target of targets) {
    let at = Math.max(target, counted, starts.at(-1) ?? 0);
    for (;;) {
      const end = text.indexOf(newline, at);
      if (end === -1) return starts;
      countTo(end);
      at = end + 1;
      if (quotes % 2 === 0 && !(newline === '\r' && text.charCodeAt(at) === 10)) break;
    }
    if (at < text.length && at !== starts.at(-1)) starts.push(at);
  }
  return starts;
}

/**
 * Reads decoded CSV text column by column as readCsvCellsText does, in up to `parallel.parts` parts at once
 * when the text is long enough (MIN_PART_LENGTH a part). Progress is the first part's, the parts being
 * read at about the same pace.
 */
export async function readCsvCellsInParts(text: string, options: CsvStreamOptions, decodingProblems: ReadTable['problems'], parallel: CsvParallel | undefined): Promise<ReadTableCells> {
  const minPart = parallel?.minPartLength ?? MIN_PART_LENGTH;
  const parts = parallel === undefined ? 1 : Math.min(parallel.parts, Math.floor(text.length / minPart));
  if (parallel === undefined || parts < 2) return readCsvCellsText(text, options, decodingProblems);
  // Progress never goes back, though the text may have to be read again as one (below).
  let shown = 0;
  const report = options.onProgress && ((fraction: number) => {
    if (fraction < shown) return;
    shown = fraction;
    options.onProgress?.(fraction);
  });
  const again = () => readCsvCellsText(text, { ...options, onProgress: report }, decodingProblems);
  /** The first part's share of the text: the reader's progress while parsing is over all of it, the parts read meanwhile. */
  let share = 1 / parts;
  const reader = createCsvStreamReader({
    ...options,
    totalLength: text.length,
    onProgress: report && ((fraction) => report(fraction >= PARSE_SHARE ? fraction : Math.min(PARSE_SHARE, fraction / share))),
  });
  /** Text pushed at a time; smaller until the layout is found, so the parts are sent soon. */
  const piece = Math.min(PIECE, minPart);
  const small = Math.min(LAYOUT_PIECE, minPart);
  let at = 0;
  while (at < text.length && reader.layout === null) {
    reader.push(text.slice(at, at + small));
    at += small;
  }
  const layout = reader.layout;
  // The text not yet read shared evenly: this reader's part, and each other.
  const targets = Array.from({ length: parts - 1 }, (_, i) => at + Math.floor(((text.length - at) * (i + 1)) / parts));
  const starts = layout === null ? [] : rowStartsAfter(text, targets, layout.newline);
  if (layout === null || starts.length === 0) {
    for (; at < text.length; at += piece) reader.push(text.slice(at, at + piece));
    return tableCellsOf(reader, decodingProblems);
  }
  const firstEnd = starts[0] as number;
  share = firstEnd / text.length;
  let line = 1 + countLineBreaks(text, 0, firstEnd);
  const reads = starts.map((start, i) => {
    const end = starts[i + 1] ?? text.length;
    const request: CsvPartRequest = { text: text.slice(start, end), delimiter: layout.delimiter, newline: layout.newline, firstLine: line, rawRowsKept: options.rawRowsKept ?? Number.POSITIVE_INFINITY };
    if (i + 1 < starts.length) line += countLineBreaks(text, start, end);
    return parallel.read(request);
  });
  for (; at < firstEnd; at += piece) reader.push(text.slice(at, Math.min(firstEnd, at + piece)));
  const read = await Promise.allSettled(reads);
  const states: CsvPartState[] = [];
  for (const part of read) if (part.status === 'fulfilled') states.push(part.value);
  // A part that could not be read, or one that did not start a row: the text is read again as one.
  if (states.length < read.length || !reader.adopt(states)) return again();
  return tableCellsOf(reader, decodingProblems);
}
