import { describe, expect, it } from 'vitest';
import { createCsvStreamReader, type TableBatch } from '../../../../shared/ingest/tables/csv/csvStreamReader';
import { readCsv, readCsvText } from '../../../../shared/ingest/tables/csv/readCsv';
import { readTable } from '../../../../shared/ingest/tables/readTable';
import type { ReadTable, TableReadOptions } from '../../../../shared/ingest/tables/tableTypes';
import { ImportError } from '../../../../shared/domain/importError';
import { cp1252, fixtureBytes, utf16, utf8 } from './tableTestUtils';

const opts: TableReadOptions = { fileName: 'test.csv' };
const read = (text: string, extra: Partial<TableReadOptions> = {}) => readCsv(utf8(text), { ...opts, ...extra });
const codeOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ImportError) return error.code;
    throw error;
  }
  return 'no error';
};
const problems = (table: ReadTable, code: string) => table.problems.filter((p) => p.code === code);

describe('encodings', () => {
  const text = 'Namn;Ort;Belopp\r\nÅsa Öberg;Växjö;1 234,50\r\nZoë “citat” €;Malmö – Lund;5\r\n';
  it('reads UTF-8 with and without a BOM', () => {
    for (const bytes of [utf8(text), utf8(text, true)]) {
      const table = readCsv(bytes, opts);
      expect(table.encoding).toBe('utf-8');
      expect(table.columns.map((c) => c.name)).toEqual(['Namn', 'Ort', 'Belopp']);
      expect(table.rows[0]).toEqual(['Åsa Öberg', 'Växjö', 1234.5]);
    }
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    for (const le of [true, false]) {
      const table = readCsv(utf16(text, le), opts);
      expect(table.encoding).toBe(le ? 'utf-16le' : 'utf-16be');
      expect(table.rows[1]?.[1]).toBe('Malmö – Lund');
    }
  });

  it('reads Windows-1252 with all of 0x80-0x9F right and says so', () => {
    const bytes = cp1252(text);
    expect(bytes.includes(0x93) && bytes.includes(0x96) && bytes.includes(0x80)).toBe(true);
    const table = readCsv(bytes, opts);
    expect(table.encoding).toBe('windows-1252');
    expect(table.rows[0]?.[0]).toBe('Åsa Öberg');
    expect(table.rows[1]).toEqual(['Zoë “citat” €', 'Malmö – Lund', 5]);
    expect(problems(table, 'decodedAsWindows1252')).toHaveLength(1);
  });
});

describe('delimiters', () => {
  it.each([
    [';', 'a;b;c\n1,5;2;x\n3,5;4;y\n'],
    [',', 'a,b,c\n"1,5",2,x\n3.5,4,y\n'],
    ['\t', 'a\tb\tc\n1,5\t2\tx, y\n3\t4\tz\n'],
    ['|', 'a|b|c\n1|2|x;y\n3|4|z\n'],
  ])('detects %j', (delimiter, text) => {
    const table = read(text);
    expect(table.delimiter).toBe(delimiter);
    expect(table.columns).toHaveLength(3);
    expect(table.rows).toHaveLength(2);
  });

  it('prefers the semicolon over decimal commas in every column', () => {
    const table = read('a;b;c;d\n1,5;2,5;3,5;4,5\n5,5;6,5;7,5;8,5\n');
    expect(table.delimiter).toBe(';');
    expect(table.rows[0]).toEqual([1.5, 2.5, 3.5, 4.5]);
  });

  it('honours an override', () => {
    const table = read('a;b,c\n1;2,3\n', { delimiter: ',' });
    expect(table.delimiter).toBe(',');
    expect(table.columns.map((c) => c.name)).toEqual(['a;b', 'c']);
    expect(table.rawRows).toEqual([['1;2', '3']]);
  });
});

describe('header detection', () => {
  it('finds a header of text over numbers and dates', () => {
    const table = read('Namn;Datum;Antal\nA;2020-01-01;3\nB;2020-02-01;4\n');
    expect(table.hasHeader).toBe(true);
    expect(table.columns.map((c) => [c.name, c.type])).toEqual([['Namn', 'text'], ['Datum', 'date'], ['Antal', 'integer']]);
  });

  it('finds no header when the first row looks like the rest', () => {
    const table = read('A;2020-01-01;3\nB;2020-02-01;4\nC;2020-03-01;5\n');
    expect(table.hasHeader).toBe(false);
    expect(table.columns.map((c) => c.name)).toEqual(['Kolumn 1', 'Kolumn 2', 'Kolumn 3']);
    expect(table.columns.map((c) => c.originalName)).toEqual(['', '', '']);
    expect(table.rows).toHaveLength(3);
  });

  it('takes distinct text over text as a header, and honours an override', () => {
    expect(read('titel,namn\nett,två\ntre,fyra\n').hasHeader).toBe(true);
    const table = read('titel,namn\nett,två\n', { hasHeader: false });
    expect(table.hasHeader).toBe(false);
    expect(table.rawRows[0]).toEqual(['titel', 'namn']);
  });
});

describe('preamble', () => {
  it('skips lines before the header and reports them', () => {
    const table = readCsv(fixtureBytes('indikatorer-preamble.csv'), opts);
    expect(table.delimiter).toBe(',');
    expect(table.skipLines).toBe(3);
    expect(table.hasHeader).toBe(true);
    expect(table.columns.map((c) => [c.name, c.type])).toEqual([
      ['Indikator', 'text'],
      ['2022', 'decimal'],
      ['2023', 'decimal'],
      ['Förändring', 'decimal'],
    ]);
    // "1,234" is English here because the column also holds "12,345.50"; "1,5" and "2,25" are Swedish.
    expect(table.rows).toEqual([
      ['Sysselsatta', 1234, 1.5, -2.5],
      ['Nya företag', 12345.5, 2.25, 3.25],
      ['Export', null, -5, 12],
    ]);
    expect(table.rowLines).toEqual([5, 6, 7]);
    expect(problems(table, 'preambleSkipped')).toEqual([{ code: 'preambleSkipped', line: 1, values: { count: 3 } }]);
  });

  it('skips as many lines as told', () => {
    const table = read('titel\n\nx;y\n1;2\n', { skipLines: 2 });
    expect(table.skipLines).toBe(2);
    expect(table.columns.map((c) => c.name)).toEqual(['x', 'y']);
    expect(problems(table, 'preambleSkipped')).toHaveLength(0);
  });
});

describe('quotes, line breaks and ragged rows', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks, keeping the start lines', () => {
    const table = readCsv(fixtureBytes('projektregister.csv'), opts);
    expect(table.delimiter).toBe(';');
    expect(table.rawRows[0]?.[6]).toBe('Förstudie; sedan genomförande');
    expect(table.rawRows[1]?.[6]).toBe('Rad ett\r\nrad två');
    expect(table.rowLines).toEqual([2, 3, 5]);
    expect(read('a,b\n"x ""y"" z",2\n').rawRows[0]).toEqual(['x "y" z', '2']);
  });

  it('types the project register', () => {
    const table = readCsv(fixtureBytes('projektregister.csv'), opts);
    expect(table.columns.map((c) => c.type)).toEqual(['text', 'text', 'date', 'decimal', 'percent', 'boolean', 'text']);
    expect(table.rows[0]).toEqual(['Besöksnäring Åre', 'Region Jämtland Härjedalen', '2011-05-30', 1250000.5, 12, true, 'Förstudie; sedan genomförande']);
    expect(table.rows[1]?.slice(2, 6)).toEqual(['2012-05-30', -2500.75, 7.5, false]);
    expect(table.rows[2]?.[6]).toBeNull();
  });

  it('reports ragged rows with their lines and pads them', () => {
    const table = read('a;b;c\n1;2;3\n4;5\n6;7;8;9\n');
    expect(problems(table, 'raggedRow')).toEqual([
      { code: 'raggedRow', line: 3, values: { line: 3, fields: 2, expected: 3 } },
      { code: 'raggedRow', line: 4, values: { line: 4, fields: 4, expected: 3 } },
    ]);
    expect(table.columns.map((c) => c.name)).toEqual(['a', 'b', 'c', 'Kolumn 4']);
    expect(table.rows[1]).toEqual([4, 5, null, null]);
    expect(table.rows[2]).toEqual([6, 7, 8, 9]);
  });

  it('caps the listed ragged rows and counts the rest', () => {
    const lines = ['a;b'];
    for (let i = 0; i < 25; i++) lines.push('1');
    lines.push('2;3');
    const table = read(lines.join('\n'), { hasHeader: true, delimiter: ';' });
    expect(problems(table, 'raggedRow')).toHaveLength(20);
    expect(problems(table, 'raggedRowMore')).toEqual([{ code: 'raggedRowMore', line: null, values: { count: 5 } }]);
  });

  it('reports a quote that never closes', () => {
    const table = read('a;b\n1;"öppen\n2;3\n');
    expect(problems(table, 'unclosedQuote')).toEqual([{ code: 'unclosedQuote', line: 2 }]);
    expect(table.rawRows[0]).toEqual(['1', 'öppen\n2;3\n']);
  });

  it('reports mixed line endings', () => {
    const table = read('a;b\r\n1;2\n3;4\r\n');
    expect(problems(table, 'mixedLineEndings')).toHaveLength(1);
    expect(problems(read('a;b\r\n1;2\r\n'), 'mixedLineEndings')).toHaveLength(0);
    expect(read('a;b\r1;2\r3;4').rows).toEqual([[1, 2], [3, 4]]);
  });
});

describe('header names', () => {
  it('makes repeated and empty names unique and says so', () => {
    const table = read('Namn;;Namn;namn;Belopp\nA;B;C;D;1\n');
    expect(table.columns.map((c) => c.name)).toEqual(['Namn', 'Kolumn 2', 'Namn (2)', 'namn (3)', 'Belopp']);
    expect(table.columns.map((c) => c.originalName)).toEqual(['Namn', '', 'Namn', 'namn', 'Belopp']);
    expect(problems(table, 'headerRenamed')).toEqual([{ code: 'headerRenamed', line: 1, values: { names: 'Kolumn 2, Namn (2), namn (3)' } }]);
  });
});

describe('type overrides', () => {
  it('makes values that do not fit null and reports each with line and column', () => {
    const table = read('Namn;Belopp\nA;12\nB;okänt\nC;\nD;1,5\n', { types: { 1: 'integer' } });
    expect(table.columns[1]?.type).toBe('integer');
    expect(table.rows.map((row) => row[1])).toEqual([12, null, null, null]);
    expect(problems(table, 'typeMismatch')).toEqual([
      { code: 'typeMismatch', line: 3, values: { line: 3, column: 'Belopp', value: 'okänt', type: 'integer' } },
      { code: 'typeMismatch', line: 5, values: { line: 5, column: 'Belopp', value: '1,5', type: 'integer' } },
    ]);
  });

  it('turns a number column into text and a text column into dates on request', () => {
    const table = read('Kod;Datum\n0114;2011-05-30\n2584;x\n', { types: { 0: 'text', 1: 'date' } });
    expect(table.rows).toEqual([['0114', '2011-05-30'], ['2584', null]]);
  });

  it('caps the mismatches listed per column and counts the rest', () => {
    const lines = ['Tal;Nr'];
    for (let i = 0; i < 30; i++) lines.push(`x${i};${i}`);
    const table = read(lines.join('\n'), { types: { 0: 'decimal' } });
    expect(problems(table, 'typeMismatch')).toHaveLength(20);
    expect(problems(table, 'typeMismatchMore')).toEqual([{ code: 'typeMismatchMore', line: null, values: { column: 'Tal', count: 10, type: 'decimal' } }]);
  });
});

describe('errors', () => {
  it('refuses empty, binary, too large and header-only files', () => {
    expect(codeOf(() => readCsv(new Uint8Array(0), opts))).toBe('empty');
    expect(codeOf(() => readCsv(utf8('\n \r\n'), opts))).toBe('empty');
    expect(codeOf(() => readCsv(Uint8Array.from([0x61, 0x3b, 0x00, 0x62, 0x0a, 0x31, 0x3b, 0x32]), opts))).toBe('binary');
    expect(codeOf(() => readCsv(utf8('%PDF-1.4\n...'), opts))).toBe('binary');
    expect(codeOf(() => readCsv(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), opts))).toBe('binary');
    expect(codeOf(() => readCsv(utf8('a;b\n1;2\n'), { ...opts, maxBytes: 4 }))).toBe('tooLarge');
    expect(codeOf(() => readCsv(utf8('Namn;Ort\n'), { ...opts, hasHeader: true }))).toBe('headerOnly');
    expect(codeOf(() => readCsv(utf8('Namn;Ort\n'), opts))).toBe('headerOnly');
  });

  it('readTable dispatches by content and passes the errors on', async () => {
    const table = await readTable(utf8('a;b\n1;2\n'), { fileName: 'data.txt' });
    expect(table.format).toBe('csv');
    await expect(readTable(new Uint8Array(0), opts)).rejects.toMatchObject({ code: 'empty' });
    await expect(readTable(utf8('a;b\n1;2\n'), { ...opts, maxBytes: 3 })).rejects.toMatchObject({ code: 'tooLarge' });
    await expect(readTable(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0]), opts)).rejects.toMatchObject({ code: 'unsupportedFormat' });
  });
});

describe('streaming', () => {
  function bigCsv(rows: number): string {
    const lines = ['Id;Namn;Belopp;Datum;Klar'];
    for (let i = 1; i <= rows; i++) lines.push(`${i};"Projekt ${i}; del"; 1 ${String(i % 1000).padStart(3, '0')},${i % 10}0;2020-01-${String((i % 28) + 1).padStart(2, '0')};${i % 2 ? 'ja' : 'nej'}`);
    return `${lines.join('\r\n')}\r\n`;
  }

  it('gives the same table in pieces of any size as in one piece, in batches with progress', () => {
    const text = bigCsv(2500);
    const whole = readCsvText(text, opts);
    for (const size of [1, 7, 100, 4096]) {
      const progress: number[] = [];
      const reader = createCsvStreamReader({ ...opts, totalLength: text.length, onProgress: (f) => progress.push(f) });
      for (let at = 0; at < text.length; at += size) reader.push(text.slice(at, at + size));
      const summary = reader.finish();
      const batches: TableBatch[] = [...reader.batches(1000)];
      expect(batches.map((b) => [b.firstRow, b.rows.length])).toEqual([[0, 1000], [1000, 1000], [2000, 500]]);
      expect(summary.columns).toEqual(whole.columns);
      expect(summary.rowCount).toBe(2500);
      expect(batches.flatMap((b) => b.rows)).toEqual(whole.rows);
      expect(batches.flatMap((b) => b.rowLines)).toEqual(whole.rowLines);
      expect(progress.at(-1)).toBe(1);
      expect(progress.every((f, i) => i === 0 || f >= (progress[i - 1] as number))).toBe(true);
    }
    expect(whole.columns.map((c) => c.type)).toEqual(['integer', 'text', 'decimal', 'date', 'boolean']);
    expect(whole.rows[11]).toEqual([12, 'Projekt 12; del', 1012.2, '2020-01-13', false]);
  });
});

describe('the reader over papaparse', () => {
  it('finds ";" in a narrow table of decimal commas below two title lines, one with a comma', () => {
    const table = read('Sysselsättning per kommun\nAndel i procent, 2023\nKommun;Andel\nMora;1,5\nOrsa;2,25\nÄlvdalen;3,75\nRättvik;4,5\n');
    expect([table.delimiter, table.skipLines, table.hasHeader]).toEqual([';', 2, true]);
    expect(table.columns.map((c) => [c.name, c.type])).toEqual([['Kommun', 'text'], ['Andel', 'decimal']]);
    expect(table.rows[0]).toEqual(['Mora', 1.5]);
    expect(table.rowLines).toEqual([4, 5, 6, 7]);
    const both = read('Rapport, bilaga 2\nKälla: SCB, 2024\nKommun;Andel\nMora;1,5\nOrsa;2,25\n');
    expect([both.delimiter, both.skipLines, both.columns.map((c) => c.name)]).toEqual([';', 2, ['Kommun', 'Andel']]);
  });

  it('reports ragged rows with their physical lines after quoted fields that hold line breaks', () => {
    const table = read('Id;Text;Belopp\r\n1;"två\r\nrader";1,5\r\n2;kort\r\n3;"tre\nrader\noch mer";2\r\n4;x;3;extra\r\n');
    expect(table.rowLines).toEqual([2, 4, 5, 8]);
    expect(problems(table, 'raggedRow')).toEqual([
      { code: 'raggedRow', line: 4, values: { line: 4, fields: 2, expected: 3 } },
      { code: 'raggedRow', line: 8, values: { line: 8, fields: 4, expected: 3 } },
    ]);
    expect(table.rawRows[2]?.[1]).toBe('tre\nrader\noch mer');
  });

  it('reads a BOM, a preamble, tabs and decimal commas together', () => {
    const table = readCsv(utf8('Export från systemet\r\n\r\nKommun\tAndel\tAntal\r\nMora\t1,5\t3\r\nOrsa\t2,25\t4\r\n', true), opts);
    expect([table.encoding, table.delimiter, table.skipLines, table.hasHeader]).toEqual(['utf-8', '\t', 2, true]);
    expect(table.columns.map((c) => c.name)).toEqual(['Kommun', 'Andel', 'Antal']);
    expect(table.rows).toEqual([['Mora', 1.5, 3], ['Orsa', 2.25, 4]]);
    expect(table.rowLines).toEqual([4, 5]);
  });

  it('reads a table of one column', () => {
    const table = read('Kommun\nMora\nOrsa\nÄlvdalen\n');
    expect(table.columns.map((c) => c.name)).toEqual(['Kommun']);
    expect(table.rows).toEqual([['Mora'], ['Orsa'], ['Älvdalen']]);
    expect(table.problems).toEqual([]);
  });

  it('refuses an empty file and one of empty lines', () => {
    expect(codeOf(() => read(''))).toBe('empty');
    expect(codeOf(() => read('\r\n\r\n'))).toBe('empty');
  });

  it('reads a field of several MiB', () => {
    const huge = `${'ä'.repeat(5 << 20)}; "inne"`;
    const table = read(`Id;Text\n1;"${huge.replace(/"/g, '""')}"\n2;kort\n`);
    expect(table.rawRows.map((row) => row[1]?.length)).toEqual([huge.length, 4]);
    expect(table.rawRows[0]?.[1]).toBe(huge);
    expect(table.rowLines).toEqual([2, 3]);
  });
});
