import { describe, expect, it } from 'vitest';
import { createCsvTokenizer, newlineOf, offsetAfterLines } from '../../../../shared/ingest/tables/csv/csvTokenizer';

interface Tokenized {
  rows: { fields: string[]; line: number }[];
  lineEnds: { crlf: number; lf: number; cr: number };
  unclosedQuoteLine: number | null;
}

/** Tokenizes `text` fed in pieces of `size` characters (the whole text at once without a size). */
function tokenize(text: string, delimiter: string, size = text.length || 1, firstLine = 1): Tokenized {
  const rows: Tokenized['rows'] = [];
  const tokenizer = createCsvTokenizer({ delimiter, newline: newlineOf(text), firstLine, sink: (fields, line) => void rows.push({ fields, line }) });
  for (let at = 0; at < text.length; at += size) tokenizer.push(text.slice(at, at + size));
  tokenizer.end();
  return { rows, lineEnds: { ...tokenizer.lineEnds }, unclosedQuoteLine: tokenizer.unclosedQuoteLine };
}

const lines = (t: Tokenized) => t.rows.map((row) => row.line);
const fields = (t: Tokenized) => t.rows.map((row) => row.fields);

describe('csvTokenizer (papaparse under Spårbar\'s lines)', () => {
  it('gives each row the physical line it starts on when quoted fields hold line breaks of any kind', () => {
    const text = 'Id;Text\r\n1;"två\r\nrader"\r\n2;"tre\nrader\noch ""citat"""\r\n\r\n3;slut\r\n';
    const t = tokenize(text, ';');
    expect(fields(t)).toEqual([['Id', 'Text'], ['1', 'två\r\nrader'], ['2', 'tre\nrader\noch "citat"'], ['3', 'slut']]);
    expect(lines(t)).toEqual([1, 2, 4, 8]);
    expect(t.lineEnds).toEqual({ crlf: 5, lf: 0, cr: 0 });
  });

  it('gives the same rows and lines in pieces of any size, CRLF split between pieces included', () => {
    const text = 'a;b\r\n"x\r\ny";2\r\n\r\n"""q""";"3;4"\r\nlast;row';
    const whole = tokenize(text, ';');
    expect(lines(whole)).toEqual([1, 2, 5, 6]);
    for (let size = 1; size < text.length; size++) expect(tokenize(text, ';', size)).toEqual(whole);
  });

  it('ends rows at CRLF, LF and lone CR in one file, takes no CR into a field, and counts each kind', () => {
    const t = tokenize('a;b\r\n1;2\n3;4\r5;6\r\n', ';');
    expect(fields(t)).toEqual([['a', 'b'], ['1', '2'], ['3', '4'], ['5', '6']]);
    expect(lines(t)).toEqual([1, 2, 3, 4]);
    expect(t.lineEnds).toEqual({ crlf: 2, lf: 1, cr: 1 });
    const oldMac = tokenize('a;b\r1;2\r3;4', ';');
    expect(fields(oldMac)).toEqual([['a', 'b'], ['1', '2'], ['3', '4']]);
    expect(oldMac.lineEnds).toEqual({ crlf: 0, lf: 0, cr: 2 });
  });

  it('keeps a lone CR inside a quoted field as data, and strips only the row end CR of an unquoted last field', () => {
    expect(fields(tokenize('a;"b\r"\r\nc;"d\r\n"\r\ne;f\r\n', ';'))).toEqual([['a', 'b\r'], ['c', 'd\r\n'], ['e', 'f']]);
  });

  it('makes a lone CR outside quotes a row end in a file whose other rows end in LF', () => {
    const mixed = tokenize('a;b\r1;"x\ry"\n2;3\n', ';');
    expect(fields(mixed)).toEqual([['a', 'b'], ['1', 'x\ry'], ['2', '3']]);
    expect(mixed.lineEnds).toEqual({ crlf: 0, lf: 2, cr: 1 });
  });

  it('reports the line of a quote that never closes, the rest of the text being its field', () => {
    const t = tokenize('a;b\n1;2\n3;"öppen\n4;5\n', ';', 4);
    expect(fields(t)).toEqual([['a', 'b'], ['1', '2'], ['3', 'öppen\n4;5\n']]);
    expect(t.unclosedQuoteLine).toBe(3);
  });

  it('skips empty lines but counts them, and starts at the line it is told', () => {
    const t = tokenize('\n\nx\ty\n\n1\t2', '\t', 3, 5);
    expect(t.rows).toEqual([
      { fields: ['x', 'y'], line: 7 },
      { fields: ['1', '2'], line: 9 },
    ]);
  });

  it('stops when the sink says so', () => {
    const rows: string[][] = [];
    const tokenizer = createCsvTokenizer({ delimiter: ',', newline: '\n', sink: (f) => rows.push(f) < 2 });
    tokenizer.push('a\nb\nc\nd\n');
    tokenizer.end();
    expect(rows).toEqual([['a'], ['b']]);
  });

  it('reads a quoted field of several MiB fed in small pieces', () => {
    const huge = `${'x'.repeat(3 << 20)}\n${'y'.repeat(1 << 20)}`;
    const text = `id;text\n1;"${huge}"\n2;kort\n`;
    const t = tokenize(text, ';', 4096);
    expect(t.rows.map((row) => row.fields[1])).toEqual(['text', huge, 'kort']);
    expect(lines(t)).toEqual([1, 2, 4]);
  });

  it('finds the offset after a number of physical lines', () => {
    expect(offsetAfterLines('a\r\nb\rc\nd', 3)).toBe(7);
    expect(offsetAfterLines('a\nb', 2)).toBe(-1);
  });
});
