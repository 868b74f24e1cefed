import { describe, expect, it } from 'vitest';
import { readCsvCellsText } from '../../../../shared/ingest/tables/csv/readCsv';
import { estimateRows } from '../../../../shared/ingest/tables/csv/csvRows';
import { readCsvBytesInParts, readCsvCellsInParts, readCsvPart, rowStartsAfter, type CsvParallel, type CsvPartRequest } from '../../../../shared/ingest/tables/csv/csvParts';
import { decodeTableText } from '../../../../shared/ingest/tables/tableBytes';
import { readTableCells } from '../../../../shared/ingest/tables/readTable';
import type { CsvStreamOptions } from '../../../../shared/ingest/tables/csv/csvStreamReader';
import { cellsToRows, isNumberColumn, type ColumnType } from '../../../../shared/domain';

/**
 * Parts read "in another worker": readCsvPart on a structured clone of the request, its state cloned back
 * with its buffers transferred, as postMessage does; `fail` rejects the nth part.
 */
function parallel(parts: number, fail?: number): CsvParallel & { requests: CsvPartRequest[] } {
  const requests: CsvPartRequest[] = [];
  return {
    parts,
    minPartLength: 1500,
    requests,
    read: async (request) => {
      requests.push(request);
      if (requests.length === fail) throw new Error('the part worker stopped');
      const { state, transfer } = readCsvPart(structuredClone(request));
      return structuredClone(state, { transfer });
    },
  };
}

/** Reads `text` whole and in parts; the two tables must be the same in every respect. */
async function bothWays(text: string, parts: number, options: Partial<CsvStreamOptions> = {}, fail?: number) {
  const base = { fileName: 'delar.csv', rawRowsKept: 30, ...options };
  const whole = readCsvCellsText(text, base);
  const split = parallel(parts, fail);
  const progress: number[] = [];
  const inParts = await readCsvCellsInParts(text, { ...base, onProgress: (fraction) => progress.push(fraction) }, [], split);
  expect(inParts.columns).toEqual(whole.columns);
  expect(inParts.problems).toEqual(whole.problems);
  expect(inParts.rowLines).toEqual(whole.rowLines);
  expect(inParts.rawRows).toEqual(whole.rawRows);
  expect(inParts.cells.columns.map(isNumberColumn)).toEqual(whole.cells.columns.map(isNumberColumn));
  expect(cellsToRows(inParts.cells)).toEqual(cellsToRows(whole.cells));
  expect({ ...inParts, cells: null, problems: null }).toEqual({ ...whole, cells: null, problems: null });
  // Progress only grows and ends whole.
  expect(progress.every((fraction, i) => i === 0 || fraction >= (progress[i - 1] as number))).toBe(true);
  expect(progress.at(-1)).toBe(1);
  return { whole, inParts, requests: split.requests };
}

const kommuner = ['Eksjö', 'Nässjö', 'Vetlanda', 'Sävsjö'];
/** A table like an indicator follow-up: text, integers, decimals, percent, dates, booleans, an empty column. */
function indicatorRows(count: number, from = 0): string[] {
  return Array.from({ length: count }, (_, k) => {
    const i = from + k;
    return [`P-${i}`, 2020 + (i % 5), kommuner[i % 4], `2024-0${1 + (i % 9)}-1${i % 10}`, i % 3 ? 'ja' : 'nej', `${i},${i % 10}`, i % 7 ? `${i % 100} %` : '', i % 11 ? String(i * 3) : '', ''].join(';');
  });
}
const HEADER = 'Kod;År;Kommun;Datum;Aktiv;Belopp;Andel;Antal;Tom';

describe('a large CSV read in parts at once', () => {
  it('gives the table the whole text gives, with the parts starting where rows start', async () => {
    const text = `${[HEADER, ...indicatorRows(400)].join('\r\n')}\r\n`;
    const { whole, inParts, requests } = await bothWays(text, 3);
    expect(requests).toHaveLength(2);
    expect(whole.cells.rowCount).toBe(400);
    expect(inParts.columns.map((column) => column.type)).toEqual(['text', 'integer', 'text', 'date', 'boolean', 'decimal', 'percent', 'integer', 'text']);
    for (const request of requests) {
      // Each part begins a row: just after a row end of the file.
      const at = text.indexOf(String(request.text));
      expect(text.slice(at - 2, at)).toBe('\r\n');
    }
  });

  it('types a column as the whole file allows when a later part turns it to text, or an earlier part did', async () => {
    const rows = indicatorRows(300);
    rows[280] = rows[280]!.replace(/;\d+,\d+;/, ';okänt;');
    const late = await bothWays(`${[HEADER, ...rows].join('\n')}\n`, 2);
    expect(late.requests).toHaveLength(1);
    expect(late.inParts.columns[5]?.type).toBe('text');
    expect(cellsToRows(late.inParts.cells)[0]?.[5]).toBe('0,0');
    const early = indicatorRows(300);
    early[3] = early[3]!.replace(/;\d+,\d+;/, ';okänt;');
    expect((await bothWays(`${[HEADER, ...early].join('\n')}\n`, 2)).inParts.columns[5]?.type).toBe('text');
  });

  it('keeps quoted fields with row ends and delimiters in them, row ends of every kind, empty lines and a preamble', async () => {
    const rows = indicatorRows(300).map((row, i) => (i % 13 === 0 ? `${row}"rad ett\r\nrad två; och ""tre"""` : i % 17 === 0 ? `${row}\r` : row));
    const text = `Uppföljning 2024\n\n${HEADER}\n${rows.map((row, i) => (i % 29 === 0 ? `${row}\n\n` : `${row}\n`)).join('')}`;
    const { inParts, requests } = await bothWays(text, 4);
    expect(requests.length).toBeGreaterThan(0);
    expect(inParts.skipLines).toBe(2);
    expect(inParts.problems.map((problem) => problem.code)).toContain('mixedLineEndings');
  });

  it('gives a quote left open in a later part the line it opens on in the file', async () => {
    const rows = indicatorRows(300);
    rows[280] = `${rows[280]};"aldrig stängd`;
    const { inParts, requests } = await bothWays(`${[HEADER, ...rows].join('\n')}\n`, 2);
    expect(requests).toHaveLength(1);
    expect(inParts.problems.find((problem) => problem.code === 'unclosedQuote')?.line).toBe(282);
  });

  it('reads a file of CR row ends, rows wider in a later part, and a column only that part has', async () => {
    const rows = indicatorRows(300);
    rows[250] = `${rows[250]};extra;mer`;
    await bothWays(`${[HEADER, ...rows].join('\r')}\r`, 2);
  });

  it('continues the cells as written into a later part when the first has fewer rows than the preview', async () => {
    // The first of three parts has about 100 rows; the preview is 150.
    const rows = indicatorRows(300).map((row) => `${row};${'x'.repeat(200)}`);
    const { inParts, requests } = await bothWays(`${[`${HEADER};Lång`, ...rows].join('\n')}\n`, 3, { rawRowsKept: 150 });
    expect(requests).toHaveLength(2);
    expect(inParts.rawRows).toHaveLength(150);
  });

  it('converts to the types the evaluator chose, with the same mismatches listed', async () => {
    const types: Record<number, ColumnType> = { 1: 'text', 2: 'integer', 5: 'integer' };
    const { inParts } = await bothWays(`${[HEADER, ...indicatorRows(300)].join('\n')}\n`, 2, { types });
    // Twenty listed of each column whose values do not fit (the municipality and the amount), the rest counted.
    expect(inParts.problems.filter((problem) => problem.code === 'typeMismatch').length).toBe(40);
    expect(inParts.problems.filter((problem) => problem.code === 'typeMismatchMore').length).toBe(2);
  });

  it('reads the text again as one when a stray quote hides where rows start, or a quote never closes, or a part fails', async () => {
    // A quote inside an unquoted field: the quotes before the middle are odd, so no row start is found
    // near it; a later one is taken, or none.
    const stray = indicatorRows(300);
    stray[20] = stray[20]!.replace('Eksjö', 'Eks"jö');
    expect((await bothWays(`${[HEADER, ...stray].join('\n')}\n`, 2)).requests).toEqual([]);
    // A stray quote, then a quoted field over many lines: the quotes are even inside that field, so a
    // part starts there; the text before it ends in an open quote, and the whole is read again.
    const hidden = [...stray];
    hidden[100] = `${hidden[100]};"början`;
    hidden[200] = `${hidden[200]};slut"`;
    const again = await bothWays(`${[HEADER, ...hidden].join('\n')}\n`, 2);
    expect(again.requests).toHaveLength(1);
    const partAt = (whole: string, request: CsvPartRequest | undefined) => whole.indexOf(String(request?.text));
    const hiddenText = `${[HEADER, ...hidden].join('\n')}\n`;
    expect(partAt(hiddenText, again.requests[0])).toBeGreaterThan(hiddenText.indexOf('"början'));
    expect(partAt(hiddenText, again.requests[0])).toBeLessThan(hiddenText.indexOf('slut"'));
    expect(again.inParts.cells.rowCount).toBe(200);
    // A quoted field over many lines where the quotes are right: the part starts after it.
    const quoted = indicatorRows(300);
    quoted[40] = `${quoted[40]};"början`;
    quoted[200] = `${quoted[200]};slut"`;
    const quotedText = `${[HEADER, ...quoted].join('\n')}\n`;
    const after = await bothWays(quotedText, 3);
    expect(after.requests.every((request) => partAt(quotedText, request) > quotedText.indexOf('slut"'))).toBe(true);
    // A part that could not be read.
    expect((await bothWays(`${[HEADER, ...indicatorRows(300)].join('\n')}\n`, 3, {}, 2)).requests).toHaveLength(2);
  });
});

describe('where the parts start', () => {
  it('is just after a row end with even quotes before it, not inside a quoted field', () => {
    const text = 'a;b\n"x\ny";1\nc;d\ne;f\n';
    expect(rowStartsAfter(text, [5], '\n')).toEqual([12]);
    expect(rowStartsAfter(text, [0, 1, 13], '\n')).toEqual([4, 12, 16]);
    expect(rowStartsAfter(text, [18], '\n')).toEqual([]);
    // In a file of CR row ends, not before an LF.
    expect(rowStartsAfter('a\r\nb\rc\r', [0], '\r')).toEqual([5]);
  });
});

describe('the rows a text is expected to hold', () => {
  it('is a little over the rows there are, from the first 64K characters, so the columns are made that size at once', () => {
    const text = `${[HEADER, ...indicatorRows(5000)].join('\r\n')}\r\n`;
    const expected = estimateRows(text);
    expect(expected).toBeGreaterThanOrEqual(5001);
    expect(expected).toBeLessThan(5001 * 1.15);
    expect(estimateRows('a;b;c')).toBe(0);
    expect(estimateRows('a\rb\rc\r')).toBeGreaterThanOrEqual(3);
    // A text of very short lines is not made columns of millions of rows at once.
    expect(estimateRows('1\n'.repeat(3_000_000))).toBe(1 << 20);
  });
});

/** A UTF-8 file's bytes read in parts (each part decoding its own), against its text decoded whole and read as one. */
async function bytesBothWays(bytes: Uint8Array, parts: number, fail?: number) {
  const decoded = decodeTableText(bytes);
  const whole = readCsvCellsText(decoded.text, { fileName: 'delar.csv', rawRowsKept: 30, encoding: decoded.encoding }, decoded.problems);
  const split = parallel(parts, fail);
  const inParts = await readCsvBytesInParts(bytes, { fileName: 'delar.csv', rawRowsKept: 30 }, split);
  return { whole, inParts, requests: split.requests };
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('a large UTF-8 file read in parts from its bytes', () => {
  it('gives the table its text gives, each part decoding its own bytes, letters of two to four bytes included', async () => {
    const rows = indicatorRows(400).map((row, i) => row.replace('Eksjö', i % 3 ? 'Åre–Östersund 🌲' : 'Eksjö').replace('ja', i % 11 ? 'ja' : '"ja,\r\nnej"'));
    for (const text of [`${[HEADER, ...rows].join('\r\n')}\r\n`, `\ufeff${[HEADER, ...rows].join('\n')}`]) {
      const { whole, inParts, requests } = await bytesBothWays(utf8(text), 3);
      expect(requests).toHaveLength(2);
      expect(requests.every((request) => request.text instanceof Uint8Array)).toBe(true);
      expect(inParts).not.toBeNull();
      expect(inParts?.encoding).toBe('utf-8');
      expect(inParts?.columns).toEqual(whole.columns);
      expect(inParts?.problems).toEqual(whole.problems);
      expect(inParts?.rowLines).toEqual(whole.rowLines);
      expect(inParts?.rawRows).toEqual(whole.rawRows);
      expect(cellsToRows(inParts!.cells)).toEqual(cellsToRows(whole.cells));
    }
  });

  it('leaves to the whole-file path a file that is not UTF-8 in any part, UTF-16, or has a NUL byte', async () => {
    const text = `${[HEADER, ...indicatorRows(400)].join('\n')}\n`;
    const bytes = utf8(text);
    // Windows-1252 (ö as one byte 0xF6) in the first part, then in a later one.
    for (const at of [text.indexOf('Eksjö') + 4, text.lastIndexOf('Eksjö') + 4]) {
      const latin = Uint8Array.from([...bytes.subarray(0, at), 0xf6, ...bytes.subarray(at + 2)]);
      expect((await bytesBothWays(latin, 2)).inParts).toBeNull();
      // The file is still read, in parts of its decoded text, with the warning of its encoding.
      const split = parallel(2);
      const read = await readTableCells(latin, { fileName: 'latin.csv', rawRowsKept: 30, parallel: split });
      const one = await readTableCells(latin, { fileName: 'latin.csv', rawRowsKept: 30 });
      expect(read.problems).toEqual(one.problems);
      expect(read.problems.map((problem) => problem.code)).toContain('mixedEncodings');
      expect(cellsToRows(read.cells)).toEqual(cellsToRows(one.cells));
      // Read in parts of the decoded text (after a part of bytes that were not UTF-8, when that was a later part).
      expect(typeof split.requests.at(-1)?.text).toBe('string');
    }
    const utf16 = Uint8Array.from([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0) & 255, c.charCodeAt(0) >> 8])]);
    expect((await bytesBothWays(utf16, 2)).inParts).toBeNull();
    const nul = bytes.slice();
    nul[5000] = 0;
    await expect(readCsvBytesInParts(nul, { fileName: 'nul.csv' }, parallel(2))).resolves.toBeNull();
  });

  it('reads the text again as one when a part did not start a row', async () => {
    const rows = indicatorRows(300);
    rows[20] = rows[20]!.replace('Eksjö', 'Eks"jö');
    rows[100] = `${rows[100]};"början`;
    rows[200] = `${rows[200]};slut"`;
    const { whole, inParts, requests } = await bytesBothWays(utf8(`${[HEADER, ...rows].join('\n')}\n`), 2);
    expect(requests).toHaveLength(1);
    expect(cellsToRows(inParts!.cells)).toEqual(cellsToRows(whole.cells));
    expect(inParts?.rowLines).toEqual(whole.rowLines);
  });
});
