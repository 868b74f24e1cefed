/**
 * Detecting a CSV file's layout from its first lines: the delimiter (`;` `,` tab `|`, scored by how
 * consistent the field counts are, quotes honoured), the preamble lines before the header (lines with
 * far fewer fields than the table below them), and whether the first row is a header. The rows are
 * tokenized by papaparse (csvTokenizer.ts); the scoring is Spårbar's: papaparse's own guess looks at ten
 * lines and gives up on a narrow table below title lines.
 */
import { classifyCell, F_BOOL, F_DATETIME, F_NUMBER, trimCell } from '../cellValues';
import { ColumnStats } from '../columnStats';
import { createCsvTokenizer, newlineOf, offsetAfterLines } from './csvTokenizer';

export const DELIMITERS = [';', ',', '\t', '|'] as const;
/** Rows looked at to detect the layout. */
export const SAMPLE_ROWS = 60;
const MAX_PREAMBLE_ROWS = 20;
/** Score lost per skipped row, so a delimiter that needs no preamble wins a near tie. */
const PREAMBLE_PENALTY = 1.5;
/**
 * Score lost per row among the first HEAD_ROWS after the preamble whose field count is not the table's: a
 * table's header and first rows have its width. So `;` wins over `,` where a title line with a comma
 * would otherwise pass as the first row of a table of decimal commas split in two.
 */
const HEAD_PENALTY = 1.5;
const HEAD_ROWS = 3;
/** Score won when every row after the preamble has the table's width: a table is one block of rows. */
const WHOLE_BONUS = 1.5;

export interface SampleRow {
  fields: string[];
  line: number;
}

export interface CsvLayout {
  delimiter: string;
  /** Lines before the header (or the first row). */
  skipLines: number;
  hasHeader: boolean;
  /** The sample rows from the first row after the preamble on, parsed with the delimiter. */
  rows: SampleRow[];
}

/** Up to `limit` rows of `text` from `start`, parsed with `delimiter`. */
export function sampleRows(text: string, start: number, firstLine: number, delimiter: string, final: boolean, limit = SAMPLE_ROWS): SampleRow[] {
  const rows: SampleRow[] = [];
  const tokenizer = createCsvTokenizer({
    delimiter,
    newline: newlineOf(text),
    firstLine,
    sink: (fields, line) => {
      rows.push({ fields, line });
      return rows.length < limit;
    },
  });
  tokenizer.push(start === 0 ? text : text.slice(start));
  if (final) tokenizer.end();
  return rows;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] as number;
}

/** Rows at the start with far fewer fields than the rows below them (at most half as many). */
export function preambleRows(counts: number[]): number {
  let s = 0;
  while (s < MAX_PREAMBLE_ROWS && s < counts.length - 1) {
    const below = median(counts.slice(s + 1));
    if (below >= 2 && (counts[s] as number) * 2 <= below) s++;
    else break;
  }
  return s;
}

interface Candidate {
  delimiter: string;
  rows: SampleRow[];
  skipRows: number;
  score: number;
}

function scoreDelimiter(text: string, start: number, firstLine: number, delimiter: string, final: boolean, detectPreamble: boolean): Candidate {
  const rows = sampleRows(text, start, firstLine, delimiter, final);
  const counts = rows.map((row) => row.fields.length);
  const skipRows = detectPreamble ? preambleRows(counts) : 0;
  const body = counts.slice(skipRows);
  const tally = new Map<number, number>();
  for (const count of body) tally.set(count, (tally.get(count) ?? 0) + 1);
  let mode = 0;
  let modeCount = 0;
  for (const [count, n] of tally) {
    if (n > modeCount || (n === modeCount && count > mode)) {
      mode = count;
      modeCount = n;
    }
  }
  const offHead = body.slice(0, HEAD_ROWS).filter((count) => count !== mode).length;
  const whole = modeCount === body.length ? WHOLE_BONUS : 0;
  const score = mode >= 2 && body.length > 0 ? (modeCount / body.length) * mode + whole - PREAMBLE_PENALTY * skipRows - HEAD_PENALTY * offHead : Number.NEGATIVE_INFINITY;
  return { delimiter, rows, skipRows, score };
}

/** A value's shape: digits as 9, letters as a, so `2013-11-23T02:30` and `2014-05-31T01:06` look alike. */
function shape(value: string): string {
  return value.replace(/\d+/g, '9').replace(/\p{L}+/gu, 'a');
}

/**
 * Whether the first row is a header: yes when a column's first cell is text over values of another
 * type (numbers, dates, booleans) below it; no when first cells look like the values below them
 * (a number over numbers, a date-like shape over the same shape); otherwise yes when the first row is
 * all non-empty, distinct, non-numeric text.
 */
export function detectHeader(rows: readonly SampleRow[]): boolean {
  const first = rows[0]?.fields ?? [];
  const rest = rows.slice(1);
  const isText = (value: string) => classifyCell(value, F_NUMBER | F_DATETIME | F_BOOL) === 0;
  const firstValues = first.map(trimCell);
  const plainText = firstValues.every((value) => value !== '' && isText(value)) && new Set(firstValues).size === firstValues.length;
  if (rest.length === 0) return plainText;
  let evidenceFor = 0;
  let evidenceAgainst = 0;
  firstValues.forEach((value, j) => {
    if (value === '') return;
    const stats = new ColumnStats();
    for (const row of rest) stats.add(row.fields[j] ?? '');
    if (stats.nonEmpty === 0) return;
    const { type } = stats.decide('');
    if (type !== 'text') {
      if (isText(value)) evidenceFor++;
      else evidenceAgainst++;
      return;
    }
    if (/\d/.test(value)) {
      const s = shape(value);
      const same = rest.filter((row) => shape(trimCell(row.fields[j] ?? '')) === s).length;
      if (same * 2 >= rest.length) evidenceAgainst++;
    }
  });
  if (evidenceFor > 0) return true;
  if (evidenceAgainst > 0) return false;
  return plainText;
}

export interface DetectOptions {
  delimiter?: string | undefined;
  skipLines?: number | undefined;
  hasHeader?: boolean | undefined;
}

/** Detects what the options leave open from the start of the text (`final` when it is all of it). */
export function detectCsvLayout(text: string, final: boolean, options: DetectOptions): CsvLayout {
  const fixedSkip = options.skipLines !== undefined;
  const start = fixedSkip ? offsetAfterLines(text, options.skipLines ?? 0) : 0;
  const startAt = start === -1 ? text.length : start;
  const firstLine = fixedSkip ? (options.skipLines ?? 0) + 1 : 1;
  const candidates = (options.delimiter ? [options.delimiter] : DELIMITERS).map((d) => scoreDelimiter(text, startAt, firstLine, d, final, !fixedSkip));
  let best = candidates[0] as Candidate;
  for (const candidate of candidates.slice(1)) {
    if (candidate.score > best.score || (candidate.score === best.score && candidate.skipRows < best.skipRows)) best = candidate;
  }
  // Nothing splits the lines: a single column, read with a comma.
  if (!options.delimiter && best.score === Number.NEGATIVE_INFINITY) best = candidates[1] as Candidate;
  const rows = best.rows.slice(best.skipRows);
  const skipLines = fixedSkip ? (options.skipLines ?? 0) : best.skipRows > 0 ? (rows[0]?.line ?? 1) - 1 : 0;
  const hasHeader = options.hasHeader ?? detectHeader(rows);
  return { delimiter: best.delimiter, skipLines, hasHeader, rows };
}
