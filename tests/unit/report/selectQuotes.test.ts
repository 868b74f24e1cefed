import { describe, expect, it } from 'vitest';
import { selectQuotes, type Selectable } from '../../../shared/report/model/selectQuotes';

const q = (id: string, strength: Selectable['strength'], inReport = false) => ({ id, strength, inReport });

describe('selectQuotes', () => {
  it('takes the strongest up to the limit, ties in the given order, and gives them back in that order', () => {
    const quotes = [q('a', 'weak'), q('b', null), q('c', 'strong'), q('d', 'moderate'), q('e', 'strong')];
    expect(selectQuotes(quotes, 3)).toEqual({ quotes: [q('c', 'strong'), q('d', 'moderate'), q('e', 'strong')], auto: true });
    expect(selectQuotes(quotes, 1).quotes.map((x) => x.id)).toEqual(['c']);
    expect(selectQuotes(quotes, 5).quotes.map((x) => x.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(selectQuotes([q('a', null), q('b', 'weak')], 1).quotes.map((x) => x.id)).toEqual(['b']);
  });

  it('takes every marked quote and nothing else where any is marked, however many', () => {
    const quotes = [q('a', 'strong'), q('b', 'weak', true), q('c', 'strong'), q('d', null, true), q('e', 'moderate', true)];
    expect(selectQuotes(quotes, 1)).toEqual({ quotes: [q('b', 'weak', true), q('d', null, true), q('e', 'moderate', true)], auto: false });
  });

  it('chooses nothing from nothing, and nothing with a limit of 0', () => {
    expect(selectQuotes([], 3)).toEqual({ quotes: [], auto: false });
    expect(selectQuotes([q('a', 'strong')], 0).quotes).toEqual([]);
  });
});
