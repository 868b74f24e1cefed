import { describe, expect, it } from 'vitest';
import { readCsvCellsText } from '../../../../shared/ingest/tables/csv/readCsv';
import { readCsvCellsInParts, readCsvPart, rowStartsAfter, type CsvParallel, type CsvPartRequest } from '../../../../shared/ingest/tables/csv/csvParts';
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
      // Each part begins a row, on the line the file has it.
      const [first] = request.text.split('\r\n');
      expect(text.split('\r\n')[request.firstLine - 1]).toBe(first);
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
    expect(again.requests[0]?.firstLine).toBeGreaterThan(102);
    expect(again.requests[0]?.firstLine).toBeLessThan(202);
    expect(again.inParts.cells.rowCount).toBe(200);
    // A quoted field over many lines where the quotes are right: the part starts after it.
    const quoted = indicatorRows(300);
    quoted[40] = `${quoted[40]};"början`;
    quoted[200] = `${quoted[200]};slut"`;
    const after = await bothWays(`${[HEADER, ...quoted].join('\n')}\n`, 3);
    expect(after.requests.every((request) => request.firstLine > 202)).toBe(true);
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
