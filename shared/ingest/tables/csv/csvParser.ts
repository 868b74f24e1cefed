/**
 * An RFC 4180 CSV parser that works on decoded text, piece by piece: quoted fields may hold the
 * delimiter, doubled quotes and line breaks; rows end at CRLF, LF or a lone CR. It keeps the 1-based
 * line where each row starts and counts the kinds of line ends, and it can stop at the start of an
 * incomplete row so that the rest can be parsed when more text arrives.
 */

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** What the parser carries from one piece of text to the next. */
export interface CsvParseState {
  /** The 1-based line the parser is at. */
  line: number;
  /** Row ends seen, by kind (line breaks inside quoted fields not counted). */
  crlf: number;
  lf: number;
  cr: number;
  /** The line of a quoted field that never closed (at the end of the text), or null. */
  unclosedQuoteLine: number | null;
}

export function createParseState(line = 1): CsvParseState {
  return { line, crlf: 0, lf: 0, cr: 0, unclosedQuoteLine: null };
}

/** Receives each row: its fields and the line it starts on. Return false to stop parsing. */
export type RowSink = (fields: string[], line: number) => boolean | void;

/** Line breaks in text[from, to): CRLF counts once. */
function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) count++;
  for (let i = text.indexOf('\r', from); i !== -1 && i < to; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) !== LF || i + 1 >= to) count++;
  }
  return count;
}

/**
 * Parses rows from `text` starting at `start`. Empty lines are skipped. When `final` is false, a row
 * that may continue beyond the text is not emitted: the index of its start is returned, and the
 * caller parses from there again once more text has been appended. Returns the index where parsing
 * stopped (text.length when everything was consumed).
 */
export function parseCsvRows(text: string, start: number, delimiter: string, final: boolean, state: CsvParseState, sink: RowSink): number {
  const len = text.length;
  const dcode = delimiter.charCodeAt(0);
  let pos = start;
  let nextDelim = text.indexOf(delimiter, pos);
  let nextLf = text.indexOf('\n', pos);
  let nextCr = text.indexOf('\r', pos);
  // Each row's array is made as long as the previous row's (rows are mostly alike), which spares the
  // growing and the unused capacity of push; it is cut to the fields found.
  let width = 0;
  while (pos < len) {
    const rowStart = pos;
    const rowLine = state.line;
    const fields: string[] = width > 0 ? new Array<string>(width) : [];
    let count = 0;
    let complete = false;
    for (;;) {
      if (pos < len && text.charCodeAt(pos) === QUOTE) {
        let value = '';
        let p = pos + 1;
        let closed = false;
        for (;;) {
          const q = text.indexOf('"', p);
          if (q === -1) break;
          if (q + 1 >= len && !final) break;
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += text.slice(p, q + 1);
            p = q + 2;
            continue;
          }
          value += text.slice(p, q);
          p = q + 1;
          closed = true;
          break;
        }
        if (!closed) {
          if (!final) {
            state.line = rowLine;
            return rowStart;
          }
          // A quote that never closes: the rest of the text is this field, and the problem is reported.
          value += text.slice(p);
          state.unclosedQuoteLine ??= rowLine;
          state.line += countLineBreaks(text, pos, len);
          fields[count++] = value;
          pos = len;
          complete = true;
          break;
        }
        if (value.length > 0 && (value.indexOf('\n') !== -1 || value.indexOf('\r') !== -1)) state.line += countLineBreaks(text, pos, p);
        pos = p;
        if (pos < len) {
          const c = text.charCodeAt(pos);
          if (c !== dcode && c !== LF && c !== CR) {
            // Text after a closing quote (`"ab"cd`): kept as part of the field, as spreadsheets do.
            let end = pos;
            while (end < len) {
              const e = text.charCodeAt(end);
              if (e === dcode || e === LF || e === CR) break;
              end++;
            }
            if (end >= len && !final) {
              state.line = rowLine;
              return rowStart;
            }
            value += text.slice(pos, end);
            pos = end;
          }
        }
        fields[count++] = value;
        if (nextDelim !== -1 && nextDelim < pos) nextDelim = text.indexOf(delimiter, pos);
        if (nextLf !== -1 && nextLf < pos) nextLf = text.indexOf('\n', pos);
        if (nextCr !== -1 && nextCr < pos) nextCr = text.indexOf('\r', pos);
      } else {
        if (nextDelim !== -1 && nextDelim < pos) nextDelim = text.indexOf(delimiter, pos);
        if (nextLf !== -1 && nextLf < pos) nextLf = text.indexOf('\n', pos);
        if (nextCr !== -1 && nextCr < pos) nextCr = text.indexOf('\r', pos);
        const nl = nextLf === -1 ? nextCr : nextCr === -1 ? nextLf : nextLf < nextCr ? nextLf : nextCr;
        if (nextDelim !== -1 && (nl === -1 || nextDelim < nl)) {
          fields[count++] = text.slice(pos, nextDelim);
          pos = nextDelim + 1;
          if (pos >= len) {
            if (!final) {
              state.line = rowLine;
              return rowStart;
            }
            fields[count++] = '';
            complete = true;
            break;
          }
          continue;
        }
        if (nl === -1) {
          if (!final) {
            state.line = rowLine;
            return rowStart;
          }
          fields[count++] = text.slice(pos);
          pos = len;
          complete = true;
          break;
        }
        fields[count++] = text.slice(pos, nl);
        pos = nl;
      }
      // At a delimiter, a line end or the end of the text.
      if (pos >= len) {
        if (!final) {
          state.line = rowLine;
          return rowStart;
        }
        complete = true;
        break;
      }
      const c = text.charCodeAt(pos);
      if (c === dcode) {
        pos++;
        if (pos >= len) {
          if (!final) {
            state.line = rowLine;
            return rowStart;
          }
          fields[count++] = '';
          complete = true;
          break;
        }
        continue;
      }
      if (c === CR) {
        if (pos + 1 >= len && !final) {
          state.line = rowLine;
          return rowStart;
        }
        if (text.charCodeAt(pos + 1) === LF) {
          state.crlf++;
          pos += 2;
        } else {
          state.cr++;
          pos++;
        }
      } else {
        state.lf++;
        pos++;
      }
      state.line++;
      complete = true;
      break;
    }
    if (count !== fields.length) fields.length = count;
    if (count > 1) width = count;
    if (complete && !(count === 1 && fields[0] === '')) {
      if (sink(fields, rowLine) === false) return pos;
    }
  }
  return pos;
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
