import { describe, expect, it } from 'vitest';
import { parseBoolean, parseDateTime, parseNumberAs } from '../../../../shared/ingest/tables/cellValues';
import { readCsvText } from '../../../../shared/ingest/tables/csv/readCsv';

/** Reads one column of values under a header and returns its type and typed values. */
function column(values: string[], header = 'Värde') {
  // A second column, so that an empty value is an empty field rather than a blank (skipped) line.
  const table = readCsvText([`${header};Nr`, ...values.map((value, i) => `${value};${i}`)].join('\n'), { fileName: 't.csv', delimiter: ';', hasHeader: true });
  return { type: table.columns[0]?.type, values: table.rows.map((row) => row[0]) };
}

describe('numbers', () => {
  it('parses Swedish notation with spaces, no-break spaces and narrow no-break spaces', () => {
    expect(parseNumberAs('1 234,50', 'sv')).toBe(1234.5);
    expect(parseNumberAs('1\u00a0234,50', 'sv')).toBe(1234.5);
    expect(parseNumberAs('1\u202f234,50', 'sv')).toBe(1234.5);
    expect(parseNumberAs('-2.500,00', 'sv')).toBe(-2500);
    expect(parseNumberAs('−5', 'sv')).toBe(-5);
    expect(parseNumberAs('12 %', 'sv')).toBe(12);
    expect(parseNumberAs('1 25 0', 'sv')).toBeNaN();
  });

  it('parses English notation', () => {
    expect(parseNumberAs('1,234.50', 'en')).toBe(1234.5);
    expect(parseNumberAs('1,234,567', 'en')).toBe(1234567);
    expect(parseNumberAs('1,5', 'en')).toBeNaN();
  });

  it('types integers, decimals and percent by column', () => {
    expect(column(['1 234', '−5', '+7'])).toEqual({ type: 'integer', values: [1234, -5, 7] });
    expect(column(['1 234,50', '1\u00a0000', '-2.500,00'])).toEqual({ type: 'decimal', values: [1234.5, 1000, -2500] });
    expect(column(['1,234.50', '12.5'])).toEqual({ type: 'decimal', values: [1234.5, 12.5] });
    expect(column(['12 %', '7,5 %', '100%'])).toEqual({ type: 'percent', values: [12, 7.5, 100] });
  });

  it('decides per column whether a comma is a decimal sign or a thousands separator', () => {
    expect(column(['1,5', '2,25'])).toEqual({ type: 'decimal', values: [1.5, 2.25] });
    expect(column(['1,234', '12,345.50'])).toEqual({ type: 'decimal', values: [1234, 12345.5] });
    // A lone ambiguous value reads the Swedish way; dots alone read the English way.
    expect(column(['1,234'])).toEqual({ type: 'decimal', values: [1.234] });
    expect(column(['2.5', '3.75'])).toEqual({ type: 'decimal', values: [2.5, 3.75] });
    expect(column(['2.500', '1,5'])).toEqual({ type: 'decimal', values: [2500, 1.5] });
    // Both notations at once cannot be one column of numbers.
    expect(column(['1,5', '1,234.50']).type).toBe('text');
  });

  it('keeps codes with leading zeros, very long digit strings and mixed percent as text', () => {
    expect(column(['0114', '2584'])).toEqual({ type: 'text', values: ['0114', '2584'] });
    expect(column(['1234566789012345'])).toEqual({ type: 'text', values: ['1234566789012345'] });
    expect(column(['12 %', '15']).type).toBe('text');
    expect(column(['0,5', '0']).type).toBe('decimal');
  });
});

describe('dates', () => {
  it('parses ISO and day-first Nordic dates and date-times', () => {
    expect(parseDateTime('2011-05-30')).toBe('2011-05-30');
    expect(parseDateTime('30/5/2011')).toBe('2011-05-30');
    expect(parseDateTime('30.5.2011')).toBe('2011-05-30');
    expect(parseDateTime('2011-05-30 14:00')).toBe('2011-05-30T14:00');
    expect(parseDateTime('2011-05-30T14:00:15')).toBe('2011-05-30T14:00:15');
    expect(parseDateTime('31/2/2011')).toBeNull();
    expect(parseDateTime('29.2.2012')).toBe('2012-02-29');
    expect(parseDateTime('5/30/2011')).toBeNull();
  });

  it('types date and datetime columns', () => {
    expect(column(['2011-05-30', '30/5/2011', '1.6.2013'])).toEqual({ type: 'date', values: ['2011-05-30', '2011-05-30', '2013-06-01'] });
    expect(column(['2011-05-30 14:00', '2011-05-31'])).toEqual({ type: 'datetime', values: ['2011-05-30T14:00', '2011-05-31T00:00'] });
    expect(column(['2011-05-30', 'Invalid date']).type).toBe('text');
  });
});

describe('booleans', () => {
  it('reads ja/nej, yes/no, true/false, sant/falskt in any case', () => {
    expect(['ja', 'JA', 'yes', 'True', 'sant', '1'].map(parseBoolean)).toEqual([true, true, true, true, true, true]);
    expect(['nej', 'No', 'FALSE', 'falskt', '0'].map(parseBoolean)).toEqual([false, false, false, false, false]);
    expect(parseBoolean('kanske')).toBeNull();
    expect(column(['ja', 'Nej', 'sant', '1'])).toEqual({ type: 'boolean', values: [true, false, true, true] });
  });

  it('types a column of only 0 and 1 as integers unless the header asks a yes/no question', () => {
    expect(column(['0', '1', '1'], 'Antal')).toEqual({ type: 'integer', values: [0, 1, 1] });
    expect(column(['0', '1', '1'], 'Avslutat?')).toEqual({ type: 'boolean', values: [false, true, true] });
    expect(column(['0', '1'], 'Är aktiv')).toEqual({ type: 'boolean', values: [false, true] });
    expect(column(['0', '1'], 'is_active').type).toBe('boolean');
    expect(column(['0', '1'], 'Deltagare').type).toBe('integer');
    expect(column(['0', '1'], 'has flag').type).toBe('boolean');
  });
});

describe('empty values', () => {
  it('stay null, never zero, and do not decide the type', () => {
    expect(column(['12', '', '  ', '3'])).toEqual({ type: 'integer', values: [12, null, null, 3] });
    expect(column(['', ''])).toEqual({ type: 'text', values: [null, null] });
  });
});
