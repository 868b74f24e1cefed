import { describe, expect, it } from 'vitest';
import { QUOTE_CONTEXT, selectorsFor, trimRange } from '../../../shared/text/selectors';
import { seededRandom } from '../../support/random';

const TEXT = 'Projektet har prövat leverantörsträffar inför tre upphandlingar i Aneby, Eksjö och Sävsjö. Resultatet blev fler anbud från lokala företag än tidigare år.';

describe('selectorsFor', () => {
  it('builds a W3C TextPositionSelector and TextQuoteSelector for the range', () => {
    const start = TEXT.indexOf('leverantörsträffar');
    const end = start + 'leverantörsträffar'.length;
    const { position, quote } = selectorsFor(TEXT, start, end);
    expect(position).toEqual({ type: 'TextPositionSelector', start, end });
    expect(quote.type).toBe('TextQuoteSelector');
    expect(quote.exact).toBe('leverantörsträffar');
    expect(quote.prefix).toBe('Projektet har prövat ');
    expect(quote.suffix).toBe(TEXT.slice(end, end + QUOTE_CONTEXT));
    expect(quote.suffix).toHaveLength(QUOTE_CONTEXT);
  });

  it('keeps exactly QUOTE_CONTEXT (32) characters of context where the text has them', () => {
    expect(QUOTE_CONTEXT).toBe(32);
    const start = TEXT.indexOf('Resultatet');
    const { quote } = selectorsFor(TEXT, start, start + 10);
    expect(quote.prefix).toBe(TEXT.slice(start - 32, start));
    expect(quote.prefix).toHaveLength(32);
    expect(quote.suffix).toHaveLength(32);
  });

  it('cuts the context at the start and the end of the text', () => {
    const whole = selectorsFor(TEXT, 0, TEXT.length);
    expect(whole.quote).toEqual({ type: 'TextQuoteSelector', exact: TEXT, prefix: '', suffix: '' });
    const last = selectorsFor('abc', 2, 3);
    expect(last.quote).toEqual({ type: 'TextQuoteSelector', exact: 'c', prefix: 'ab', suffix: '' });
  });

  it('anchors back: prefix + exact + suffix is the text around the position (random ranges)', () => {
    const random = seededRandom(7);
    const text = `${TEXT} 👍🏽 å a\u030a\n\n${TEXT}`;
    for (let round = 0; round < 300; round++) {
      const start = random.int(0, text.length - 1);
      const end = random.int(start + 1, text.length);
      const { position, quote } = selectorsFor(text, start, end);
      expect(text.slice(position.start, position.end)).toBe(quote.exact);
      const from = start - quote.prefix.length;
      expect(text.slice(from, end + quote.suffix.length)).toBe(quote.prefix + quote.exact + quote.suffix);
      // At most QUOTE_CONTEXT units, one less where a full context would split a surrogate pair.
      expect(Math.min(QUOTE_CONTEXT, start) - quote.prefix.length).toBeGreaterThanOrEqual(0);
      expect(Math.min(QUOTE_CONTEXT, start) - quote.prefix.length).toBeLessThanOrEqual(1);
      expect(Math.min(QUOTE_CONTEXT, text.length - end) - quote.suffix.length).toBeGreaterThanOrEqual(0);
      expect(Math.min(QUOTE_CONTEXT, text.length - end) - quote.suffix.length).toBeLessThanOrEqual(1);
      expect(quote.prefix).not.toMatch(/^[\udc00-\udfff]/);
      expect(quote.suffix).not.toMatch(/[\ud800-\udbff]$/);
    }
  });

  it('never splits an emoji at the edge of the context', () => {
    const text = `${'a'.repeat(10)}😀${'b'.repeat(31)}QUOTE${'c'.repeat(31)}😀${'d'.repeat(10)}`;
    const start = text.indexOf('QUOTE');
    const { quote } = selectorsFor(text, start, start + 5);
    expect(quote.prefix).toBe('b'.repeat(31));
    expect(quote.suffix).toBe('c'.repeat(31));
    const wider = selectorsFor(text, start - 1, start + 6).quote;
    expect(wider.prefix).toBe(`😀${'b'.repeat(30)}`);
    expect(wider.suffix).toBe(`${'c'.repeat(30)}😀`);
  });

  it.each([
    ['negative start', -1, 3],
    ['end past the text', 0, 4],
    ['empty range', 2, 2],
    ['reversed range', 3, 1],
    ['fractional start', 0.5, 2],
    ['NaN end', 0, Number.NaN],
  ])('rejects a bad range: %s', (_name, start, end) => {
    expect(() => selectorsFor('abc', start, end)).toThrow(RangeError);
  });
});

describe('trimRange', () => {
  it('trims spaces, tabs and line breaks off both ends', () => {
    const text = 'ab  \n\t citat här \n cd';
    const range = trimRange(text, 2, text.length - 2);
    expect(text.slice(range.start, range.end)).toBe('citat här');
    expect(range).toEqual({ start: 7, end: 16 });
  });

  it('trims no-break spaces as white space too', () => {
    const text = '\u00a0ord\u202f';
    expect(trimRange(text, 0, text.length)).toEqual({ start: 1, end: 4 });
  });

  it('leaves a clean range unchanged', () => {
    expect(trimRange('abc def', 0, 7)).toEqual({ start: 0, end: 7 });
    expect(trimRange('abc def', 4, 5)).toEqual({ start: 4, end: 5 });
  });

  it('collapses a range of only white space to an empty range', () => {
    const range = trimRange('a   \n  b', 1, 7);
    expect(range.start).toBe(range.end);
  });

  it('stays inside the range and yields the trimmed selection (random ranges)', () => {
    const random = seededRandom(99);
    const text = ' \n Stycke ett.\t\n\n  å 👍🏽 \u00a0 slut \n';
    for (let round = 0; round < 300; round++) {
      const start = random.int(0, text.length);
      const end = random.int(start, text.length);
      const range = trimRange(text, start, end);
      expect(range.start).toBeGreaterThanOrEqual(start);
      expect(range.end).toBeLessThanOrEqual(end);
      expect(range.start).toBeLessThanOrEqual(range.end);
      expect(text.slice(range.start, range.end)).toBe(text.slice(start, end).trim());
    }
  });
});
