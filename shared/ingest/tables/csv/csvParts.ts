/**
 * Reading a large CSV text in parts at once, each part in a worker of its own (the effect is passed in:
 * `CsvParallel.read`), so that a machine's cores share the tokenizing and typing that make most of a read.
 * The first part is read here by the stream reader, which also finds the layout (preamble, delimiter,
 * header); each later part starts where a row starts and is read with that layout into rows column by
 * column (csvRows.ts); the stream reader then takes the parts' rows after its own, in order, and types
 * the columns as it would have had it read the whole text: the same table, rows, lines and problems.
 *
 * A UTF-8 file (most) is split as bytes, each part decoding its own (readCsvBytesInParts), so the decoding
 * is shared too; any other file is decoded whole first and its text split (readCsvCellsInParts).
 *
 * Where a part starts is chosen where the quotes before it are even (outside any quoted field, as RFC 4180
 * reads them). A stray quote inside an unquoted field can mislead that count; the text before a part then
 * ends inside a quoted field, which the reader of that text sees, and the whole text is read again as one.
 */
import { createCsvTokenizer } from './csvTokenizer';
import { codeAt, indexOfCode, type TextOrBytes } from './textOrBytes';
import { decodeStrictUtf8, strictUtf8Pieces } from '../../../formats/encoding/strictUtf8';
import { byteOrderMark } from '../../../formats/encoding/decodeText';
import { utf16WithoutBom } from '../../../formats/encoding/utf16WithoutBom';
import { decodeTableText } from '../tableBytes';
import { ImportError } from '../../../domain/importError';
import { CsvRows, estimateRows } from './csvRows';
import { createCsvStreamReader, PARSE_SHARE, type CsvPartState, type CsvStreamOptions } from './csvStreamReader';
import { PIECE, readCsvCellsText, tableCellsOf } from './readCsv';
import type { ReadTable, ReadTableCells } from '../tableTypes';

/** The least text a part is given: below this a worker's start and the crossing cost more than they save. */
export const MIN_PART_LENGTH = 1 << 21;

const QUOTE = 34;

/** Text pushed at a time until the layout is found (it needs the first 65 lines). */
const LAYOUT_PIECE = 1 << 16;

/** A part of a CSV text to read elsewhere, with the layout the first part found. */
export interface CsvPartRequest {
  /** The part's text, or its bytes when the file is UTF-8 (the part then decodes them itself). */
  text: TextOrBytes;
  delimiter: string;
  newline: '\n' | '\r';
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
  const { delimiter, newline } = request;
  // Bytes that are not UTF-8 throw: the table worker then reads the file as a whole text.
  const text = typeof request.text === 'string' ? request.text : decodeStrictUtf8(request.text);
  const rows = new CsvRows(request.rawRowsKept, estimateRows(text) || undefined);
  // Lines counted from the part's start: the reader of the part before knows where that is, and adds it.
  const tokenizer = createCsvTokenizer({ delimiter, newline, firstLine: 1, sink: (fields, line) => rows.add(fields, line) });
  for (let at = 0; at < text.length; at += PIECE) tokenizer.push(text.slice(at, at + PIECE));
  tokenizer.end();
  const { state, transfer } = rows.state();
  return { state: { ...state, lineEnds: { ...tokenizer.lineEnds }, unclosedQuoteLine: tokenizer.unclosedQuoteLine, nextLine: tokenizer.line }, transfer };
}

/**
 * Where rows start at or after each of `targets` (ascending): just after a row end (`newline`) with an even
 * number of quotes before it. In a file of CR row ends, not where an LF follows the CR. Ascending, without
 * repeats; a target past the last such place has none. In decoded text, or in the bytes of UTF-8 text
 * (quotes and row ends are the same bytes there, and never part of another character).
 */
export function rowStartsAfter(text: TextOrBytes, targets: readonly number[], newline: '\n' | '\r'): number[] {
  const lineEnd = newline.charCodeAt(0);
  const starts: number[] = [];
  /** The quotes before the row end looked at last, and the next quote after them. */
  let quotes = 0;
  let quote = indexOfCode(text, QUOTE, 0);
  /** Where the search goes on from: just after the row end looked at last. */
  let at = 0;
  for (const target of targets) {
    at = Math.max(at, target);
    for (;;) {
      const end = indexOfCode(text, lineEnd, at);
      if (end === -1) return starts;
      for (; quote !== -1 && quote < end; quote = indexOfCode(text, QUOTE, quote + 1)) quotes++;
      at = end + 1;
      if (quotes % 2 === 0 && !(newline === '\r' && codeAt(text, at) === 10)) break;
    }
    if (at < text.length && at !== starts.at(-1)) starts.push(at);
  }
  return starts;
}

/** Where a read in parts gets its text from: decoded text, or the bytes of a UTF-8 file decoded piece by piece. */
interface PartsSource {
  source: TextOrBytes;
  /** The text of source[from, to), read in order (`last` for the piece that ends this reader's part). */
  text(from: number, to: number, last: boolean): string;
  /** What another worker is sent of source[from, to). */
  part(from: number, to: number): TextOrBytes;
}

/** Why a read in parts stopped: a part could not be read, or did not start a row (`adopt` refused it). */
type PartsFailure = 'unread' | 'notAtRow';

/**
 * The read in parts, over text or UTF-8 bytes: this reader reads the first part (finding the layout in its
 * first small pieces), each later part is sent off as soon as the layout is known. `failed` gives the table
 * when a part fails (the text read again as one, or null for the caller's own way).
 */
async function readInParts(
  from: PartsSource,
  options: CsvStreamOptions,
  decodingProblems: ReadTable['problems'],
  parallel: CsvParallel,
  parts: number,
  failed: (why: PartsFailure, report: ((fraction: number) => void) | undefined) => ReadTableCells | null,
): Promise<ReadTableCells | null> {
  const { source } = from;
  const minPart = parallel.minPartLength ?? MIN_PART_LENGTH;
  // Progress never goes back, though the text may have to be read again as one.
  let shown = 0;
  const report = options.onProgress && ((fraction: number) => {
    if (fraction < shown) return;
    shown = fraction;
    options.onProgress?.(fraction);
  });
  /** The first part's share of the text: the reader's progress while parsing is over all of it, the parts read meanwhile. */
  let share = 1 / parts;
  const reader = createCsvStreamReader({
    ...options,
    totalLength: source.length,
    // Sized for the whole table: the parts' rows are taken after this part's without growing the columns.
    expectedRows: estimateRows(source),
    onProgress: report && ((fraction) => report(fraction >= PARSE_SHARE ? fraction : Math.min(PARSE_SHARE, fraction / share))),
  });
  /** Text pushed at a time; smaller until the layout is found, so the parts are sent soon. */
  const piece = Math.min(PIECE, minPart);
  const small = Math.min(LAYOUT_PIECE, minPart);
  let at = 0;
  while (at < source.length && reader.layout === null) {
    const end = Math.min(source.length, at + small);
    reader.push(from.text(at, end, end === source.length));
    at = end;
  }
  const layout = reader.layout;
  // The text not yet read shared evenly: this reader's part, and each other.
  const targets = Array.from({ length: parts - 1 }, (_, i) => at + Math.floor(((source.length - at) * (i + 1)) / parts));
  const starts = layout === null ? [] : rowStartsAfter(source, targets, layout.newline);
  if (layout === null || starts.length === 0) {
    for (; at < source.length; at += piece) reader.push(from.text(at, Math.min(source.length, at + piece), at + piece >= source.length));
    return tableCellsOf(reader, decodingProblems);
  }
  const firstEnd = starts[0] as number;
  share = firstEnd / source.length;
  const reads = starts.map((start, i) => {
    const end = starts[i + 1] ?? source.length;
    const request: CsvPartRequest = { text: from.part(start, end), delimiter: layout.delimiter, newline: layout.newline, rawRowsKept: options.rawRowsKept ?? Number.POSITIVE_INFINITY };
    return parallel.read(request);
  });
  // Every part is awaited, however this one ends, so no reply is left unhandled.
  const settled = Promise.allSettled(reads);
  for (; at < firstEnd; at += piece) reader.push(from.text(at, Math.min(firstEnd, at + piece), at + piece >= firstEnd));
  const read = await settled;
  const states: CsvPartState[] = [];
  for (const part of read) if (part.status === 'fulfilled') states.push(part.value);
  if (states.length < read.length) return failed('unread', report);
  if (!reader.adopt(states)) return failed('notAtRow', report);
  return tableCellsOf(reader, decodingProblems);
}

/** The number of parts worth reading `length` characters (or bytes) in: 1 to read it alone. */
function partsFor(length: number, parallel: CsvParallel | undefined): number {
  return parallel === undefined ? 1 : Math.min(parallel.parts, Math.floor(length / (parallel.minPartLength ?? MIN_PART_LENGTH)));
}

/**
 * Reads decoded CSV text column by column as readCsvCellsText does, in up to `parallel.parts` parts at once
 * when the text is long enough (MIN_PART_LENGTH a part). Progress is the first part's, the parts being
 * read at about the same pace. A part that could not be read, or did not start a row: the text is read
 * again as one.
 */
export async function readCsvCellsInParts(text: string, options: CsvStreamOptions, decodingProblems: ReadTable['problems'], parallel: CsvParallel | undefined): Promise<ReadTableCells> {
  const parts = partsFor(text.length, parallel);
  if (parallel === undefined || parts < 2) return readCsvCellsText(text, options, decodingProblems);
  const source: PartsSource = { source: text, text: (from, to) => text.slice(from, to), part: (from, to) => text.slice(from, to) };
  const read = await readInParts(source, options, decodingProblems, parallel, parts, (_why, report) => readCsvCellsText(text, { ...options, onProgress: report }, decodingProblems));
  return read as ReadTableCells;
}

/**
 * Reads a CSV file's bytes in parts at once when they are UTF-8 (with or without a BOM): each part is sent
 * its bytes and decodes them itself, so the decoding is shared too and no worker holds the whole text.
 * Null when the file needs decodeTableText's whole-file decisions (UTF-16, a NUL byte, bytes that are not
 * UTF-8 in any part, a file that reads as no table); the caller then decodes it whole. A part that did not
 * start a row: the text is read again as one.
 */
export async function readCsvBytesInParts(bytes: Uint8Array, options: CsvStreamOptions, parallel: CsvParallel): Promise<ReadTableCells | null> {
  const parts = partsFor(bytes.length, parallel);
  if (parts < 2) return null;
  const bom = byteOrderMark(bytes);
  if ((bom !== null && bom.encoding !== 'utf-8') || (bom === null && utf16WithoutBom(bytes) !== null) || bytes.indexOf(0) !== -1) return null;
  const decoder = strictUtf8Pieces();
  if (decoder === null) return null;
  const source: PartsSource = { source: bytes, text: (from, to, last) => decoder.decode(bytes.subarray(from, to), !last), part: (from, to) => bytes.slice(from, to) };
  try {
    return await readInParts(source, { ...options, encoding: 'utf-8' }, [], parallel, parts, (why, report) => {
      if (why === 'unread') return null;
      const decoded = decodeTableText(bytes);
      return readCsvCellsText(decoded.text, { ...options, encoding: decoded.encoding, onProgress: report }, decoded.problems);
    });
  } catch (error) {
    // Not UTF-8 after all (the decoder threw), or no table in it: the whole-file path decides, and words the error.
    if (error instanceof TypeError || error instanceof ImportError) return null;
    throw error;
  }
}
