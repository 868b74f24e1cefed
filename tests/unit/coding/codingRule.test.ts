import { describe, expect, it } from 'vitest';
import { codingRange, codingRule, onePerPlace, type CodingInput } from '../../../shared/coding/codingRule';
import { segment } from './fixtures';

const text = 'Rådet har träffats fyra gånger.  Elva företag deltog.';
const document = { id: 'd', evaluationId: 'e', projectId: 'p' };
const at = (phrase: string) => ({ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length });

function input(extra: Partial<CodingInput>): CodingInput {
  let ids = 0;
  return { document, text, range: at('Rådet'), segments: [], codeId: 'c1', coder: 'Karin', now: '2026-01-01T00:00:00Z', newId: () => `new-${++ids}`, ...extra };
}

describe('the coding rule', () => {
  it('codes nothing in a range of white space only', () => {
    const blank = { start: text.indexOf('  '), end: text.indexOf('  ') + 2 };
    expect(codingRange(text, blank.start, blank.end)).toBeNull();
    let called = false;
    expect(codingRule(input({ range: blank, newId: () => ((called = true), 'x') }))).toBeNull();
    expect(called).toBe(false);
  });

  it('trims the range of white space', () => {
    const range = at(' fyra gånger.  ');
    expect(codingRange(text, range.start, range.end)).toEqual(at('fyra gånger.'));
  });

  it('makes a new segment with both selectors, the coder and the time', () => {
    const range = at('fyra gånger.  ');
    const made = codingRule(input({ range: { start: range.start - 1, end: range.end } }));
    expect(made).toEqual({
      id: 'new-1',
      evaluationId: 'e',
      documentId: 'd',
      projectId: 'p',
      position: { type: 'TextPositionSelector', ...at('fyra gånger.') },
      quote: { type: 'TextQuoteSelector', exact: 'fyra gånger.', prefix: 'Rådet har träffats ', suffix: '  Elva företag deltog.' },
      codeIds: ['c1'],
      memo: '',
      strength: null,
      direction: null,
      coder: 'Karin',
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
    });
  });

  it('reuses a segment of exactly the same range, adding the code and keeping its judgement', () => {
    const range = at('Elva företag');
    const existing = segment('s', range.start, range.end, { codeIds: ['c0'], memo: 'Viktigt', coder: 'Anna' });
    let called = false;
    const written = codingRule(input({ range: { start: range.start, end: range.end + 1 }, segments: [existing], newId: () => ((called = true), 'x'), now: 'later' }));
    expect(written).toEqual({ ...existing, codeIds: ['c0', 'c1'], updatedAt: 'later' });
    expect(called).toBe(false);
  });

  it('a segment of an overlapping but other range is not reused', () => {
    const range = at('Elva företag');
    const wider = segment('s', range.start, range.end + 7, { codeIds: ['c1'] });
    expect(codingRule(input({ range, segments: [wider] }))?.id).toBe('new-1');
  });

  it('codes nothing when the segment of that range has the code already', () => {
    const range = at('Elva företag');
    expect(codingRule(input({ range, segments: [segment('s', range.start, range.end, { codeIds: ['c1'] })] }))).toBeNull();
  });

  it('refuses a range outside the text', () => {
    expect(() => codingRule(input({ range: { start: -3, end: 5 } }))).toThrow(RangeError);
    expect(() => codingRule(input({ range: { start: 0, end: text.length + 5 } }))).toThrow(RangeError);
  });
});

describe('onePerPlace', () => {
  it('keeps the first segment of each place in each document', () => {
    const written = [segment('a', 0, 5), segment('b', 0, 5), segment('c', 0, 6), segment('d', 0, 5, { documentId: 'other' })].map((s) => ({ segment: s }));
    expect(onePerPlace(written).map(({ segment: s }) => s.id)).toEqual(['a', 'c', 'd']);
  });
});
