/**
 * CSV text to rows, piece by piece, with papaparse as the tokenizer (its core `Parser` on decoded text:
 * no DOM, no Node). Spårbar's layer over it keeps what papaparse does not: the 1-based physical line each
 * row starts on (a quoted field may hold line breaks), empty lines skipped, row ends counted by kind
 * (CRLF, LF, CR) and mixed in one file, and a quote that never closes reported with its line.
 *
 * Row ends: the tokenizer splits at LF (or at CR in a file that has no LF at all); a CRLF row end leaves
 * its CR on the last field, which is taken off here, and a lone CR in a file of LF or CRLF row ends is
 * made an LF first, so rows end right whatever mix a file has.
 */
import Papa from 'papaparse';

const LF = 10;
const CR = 13;
const QUOTE = 34;

/** Receives each row: its fields and the line it starts on. Return false to stop. */
export type RowSink = (fields: string[], line: number) => boolean | void;

export interface LineEndCounts {
  crlf: number;
  lf: number;
  cr: number;
}

export interface CsvTokenizer {
  /** Tokenizes the next piece of text (any size; a row may span pieces). */
  push(text: string): void;
  /** Ends the input: the last row is emitted, a quote left open is reported. */
  end(): void;
  /** Row ends seen, by kind (line breaks inside quoted fields not counted). */
  readonly lineEnds: LineEndCounts;
  /** The line of the row whose quoted field never closed, or null. */
  readonly unclosedQuoteLine: number | null;
  /** Characters of the input taken into rows so far. */
  readonly consumed: number;
  /** The line the next row starts on (after `end`, the line after the text's last). */
  readonly line: number;
}

export interface CsvTokenizerOptions {
  delimiter: string;
  /** The row end the tokenizer splits at (see newlineOf). */
  newline: '\n' | '\r';
  /** The line the first piece starts on. */
  firstLine?: number;
  sink: RowSink;
}

/** The row end to split at: LF, unless the text has CRs and no LF (old Mac files). */
export function newlineOf(sample: string): '\n' | '\r' {
  return sample.indexOf('\n') === -1 && sample.indexOf('\r') !== -1 ? '\r' : '\n';
}

/** Line breaks in text[from, to): CRLF counts once. */
function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) count++;
  for (let i = text.indexOf('\r', from); i !== -1 && i < to; i = text.indexOf('\r', i + 1)) {
    if (i + 1 >= to || text.charCodeAt(i + 1) !== LF) count++;
  }
  return count;
}

/**
 * Lone CRs outside quoted fields made LFs (a file whose rows end in CR and LF alike); a CR inside a quoted
 * field is data and kept. `inQuotes` is the quote state at the text's start; returns the text, the state at
 * its end and the CRs changed. Quotes toggle the state as RFC 4180 reads them ("" inside a field toggles twice).
 */
function loneCrsToLf(text: string, inQuotes: boolean): { text: string; inQuotes: boolean; changed: number } {
  let out = '';
  let from = 0;
  let changed = 0;
  let quoted = inQuotes;
  let quote = text.indexOf('"');
  let cr = text.indexOf('\r');
  while (cr !== -1) {
    while (quote !== -1 && quote < cr) {
      quoted = !quoted;
      quote = text.indexOf('"', quote + 1);
    }
    if (!quoted && text.charCodeAt(cr + 1) !== LF) {
      out += `${text.slice(from, cr)}\n`;
      from = cr + 1;
      changed++;
    }
    cr = text.indexOf('\r', cr + 1);
  }
  while (quote !== -1) {
    quoted = !quoted;
    quote = text.indexOf('"', quote + 1);
  }
  return { text: from === 0 ? text : out + text.slice(from), inQuotes: quoted, changed };
}

export function createCsvTokenizer(options: CsvTokenizerOptions): CsvTokenizer {
  const { delimiter, newline, sink } = options;
  const lineEnds: LineEndCounts = { crlf: 0, lf: 0, cr: 0 };
  let pending = '';
  let line = options.firstLine ?? 1;
  let consumed = 0;
  let stopped = false;
  let unclosedQuoteLine: number | null = null;
  /** A CR at the end of the last piece: whether a LF follows is known only with the next piece. */
  let heldCr = false;
  /** Lone CRs made LFs, counted as CR row ends at the end. */
  let loneCrs = 0;
  /** Whether the text pushed so far ends inside a quoted field (for loneCrsToLf). */
  let inQuotes = false;
  /** After a parse that completed no row (a long row, or a quoted field still open), wait for this much text. */
  let waitFor = 0;

  const parse = (final: boolean): void => {
    const text = pending;
    let rowStart = 0;
    let nextQuote = text.indexOf('"');
    let rows = 0;
    const parser = new Papa.Parser({
      delimiter,
      newline,
      quoteChar: '"',
      step: (results: Papa.ParseStepResult<string[]>) => {
        const fields = (results.data as unknown as string[][])[0] as string[];
        const cursor = results.meta.cursor;
        const rowLine = line;
        const unclosed = results.errors.some((error) => error.code === 'MissingQuotes');
        if (unclosed) unclosedQuoteLine ??= rowLine;
        let breakLength = 0;
        const last = text.charCodeAt(cursor - 1);
        if (!unclosed && cursor > rowStart && (last === LF || (newline === '\r' && last === CR))) {
          if (last === CR) {
            lineEnds.cr++;
            breakLength = 1;
          } else if (text.charCodeAt(cursor - 2) === CR) {
            lineEnds.crlf++;
            breakLength = 2;
            const end = fields.length - 1;
            const value = fields[end] as string;
            // An unquoted last field ends with the row end's CR; a quoted one's own CR (before its closing quote) is data.
            if (value.charCodeAt(value.length - 1) === CR && text.charCodeAt(cursor - 3) !== QUOTE) fields[end] = value.slice(0, -1);
          } else {
            lineEnds.lf++;
            breakLength = 1;
          }
        }
        let embedded = 0;
        if (nextQuote !== -1 && nextQuote < cursor) {
          embedded = countLineBreaks(text, rowStart, cursor - breakLength);
          nextQuote = text.indexOf('"', cursor);
        }
        line = rowLine + embedded + (breakLength > 0 ? 1 : 0);
        rowStart = cursor;
        rows++;
        if (fields.length === 1 && fields[0] === '') return;
        if (sink(fields, rowLine) === false) {
          stopped = true;
          parser.abort();
        }
      },
    });
    const result = parser.parse(text, 0, !final) as Papa.ParseResult<string[]>;
    const cursor = final || stopped ? text.length : result.meta.cursor;
    consumed += cursor;
    pending = cursor >= text.length ? '' : text.slice(cursor);
    waitFor = rows === 0 && !final ? pending.length * 2 : 0;
  };

  return {
    push(piece: string) {
      if (stopped || piece.length === 0) return;
      let text = heldCr ? `\r${piece}` : piece;
      heldCr = false;
      if (newline === '\n') {
        if (text.charCodeAt(text.length - 1) === CR) {
          heldCr = true;
          text = text.slice(0, -1);
        }
        const made = loneCrsToLf(text, inQuotes);
        text = made.text;
        inQuotes = made.inQuotes;
        loneCrs += made.changed;
      }
      pending = pending.length === 0 ? text : pending + text;
      if (pending.length < waitFor) return;
      parse(false);
    },
    end() {
      if (heldCr) {
        pending += inQuotes ? '\r' : '\n';
        if (!inQuotes) loneCrs++;
        heldCr = false;
      }
      if (!stopped && pending.length > 0) parse(true);
      if (loneCrs > 0) {
        const moved = Math.min(loneCrs, lineEnds.lf);
        lineEnds.lf -= moved;
        lineEnds.cr += moved;
        loneCrs = 0;
      }
    },
    lineEnds,
    get unclosedQuoteLine() {
      return unclosedQuoteLine;
    },
    get consumed() {
      return consumed;
    },
    get line() {
      return line;
    },
  };
}

/** The index in `text` where line `lines + 1` begins (after `lines` line breaks), or -1 if the text has fewer. */
export function offsetAfterLines(text: string, lines: number): number {
  let pos = 0;
  for (let n = 0; n < lines; n++) {
    const lf = text.indexOf('\n', pos);
    const cr = text.indexOf('\r', pos);
    if (lf === -1 && cr === -1) return -1;
    if (cr !== -1 && (lf === -1 || cr < lf)) pos = text.charCodeAt(cr + 1) === LF ? cr + 2 : cr + 1;
    else pos = lf + 1;
  }
  return pos;
}
