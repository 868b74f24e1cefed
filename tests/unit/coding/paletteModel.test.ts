import { describe, expect, it } from 'vitest';
import { ancestryText, flatEntries, foldForFilter, moveIndex, paletteSections, rankCode, RECENT_LIMIT, withRecentCode } from '../../../renderer/features/coding/paletteModel';
import type { CodeGroup } from '../../../renderer/features/coding/codeGroups';
import { codeFamily } from '../../../renderer/features/coding/codeFamily';
import { code } from './fixtures';

const LABELS = { recent: 'Senast använda', matches: 'Träffar' };

const learning = code('learn', 'Ökade kunskaper/lärande om tillväxtarbete', { labelEn: 'Increased knowledge/learning about growth work' });
const partners = code('partners', 'Nya samverkansparter', { labelEn: 'New cooperation partners' });
const meeting = code('meet', 'Mötesplatser och nätverk', { labelEn: 'Meeting places and networks', definitionSv: 'Forum där företagare och tjänstepersoner träffas.' });
const anchoring = code('anchor', 'Förankring', { labelEn: 'Anchoring', definitionEn: 'Support among politicians and officials.' });
const groups: CodeGroup[] = [
  { label: 'Lokal nivå – Effekter', codes: [learning, partners] },
  { label: 'Framgångsfaktorer – Verktyg', codes: [meeting, anchoring] },
];
const flat = codeFamily([learning, partners, meeting, anchoring]);

describe('foldForFilter', () => {
  it('drops case and diacritics, Swedish letters included, and evens out dashes and spaces', () => {
    expect(foldForFilter('  ÖKADE  Kunskaper ')).toBe('okade kunskaper');
    expect(foldForFilter('Lärande – Åtgärd')).toBe('larande - atgard');
    expect(foldForFilter('Café')).toBe('cafe');
  });
});

describe('rankCode', () => {
  it('matches the label, the other language and the definition, best first', () => {
    expect(rankCode(partners, foldForFilter('nya'), 'sv')).toBe(0);
    expect(rankCode(partners, foldForFilter('samverk'), 'sv')).toBe(1);
    expect(rankCode(partners, foldForFilter('verkans'), 'sv')).toBe(2);
    expect(rankCode(partners, foldForFilter('cooperation'), 'sv')).toBe(3);
    expect(rankCode(meeting, foldForFilter('tjanstepersoner'), 'sv')).toBe(4);
    expect(rankCode(anchoring, foldForFilter('politicians'), 'sv')).toBe(4);
    expect(rankCode(partners, foldForFilter('natverk'), 'sv')).toBeNull();
  });

  it('needs every word of the query, in any order', () => {
    expect(rankCode(learning, foldForFilter('tillvaxt larande'), 'sv')).toBe(1);
    expect(rankCode(learning, foldForFilter('tillvaxt policy'), 'sv')).toBeNull();
  });

  it('matches the labels of the codes above last, and only when given them', () => {
    const above = ancestryText([code('folk', 'Folk/kompetens', { labelEn: 'People/competence' })]);
    expect(rankCode(anchoring, foldForFilter('folk'), 'sv', above)).toBe(5);
    expect(rankCode(anchoring, foldForFilter('people forankring'), 'sv', above)).toBe(5);
    expect(rankCode(anchoring, foldForFilter('folk'), 'sv')).toBeNull();
    expect(rankCode(anchoring, foldForFilter('folk natverk'), 'sv', above)).toBeNull();
  });

  it('ranks by the English label in English', () => {
    expect(rankCode(partners, foldForFilter('new'), 'en')).toBe(0);
    expect(rankCode(partners, foldForFilter('nya'), 'en')).toBe(0 + 3);
  });
});

describe('paletteSections', () => {
  it('without a filter: recently used codes first, then the groups in codebook order', () => {
    const sections = paletteSections(groups, ['anchor', 'gone', 'partners'], '', 'sv', LABELS, flat);
    expect(sections.map((s) => s.label)).toEqual(['Senast använda', 'Lokal nivå – Effekter', 'Framgångsfaktorer – Verktyg']);
    expect(sections[0]?.entries.map((e) => e.code.id)).toEqual(['anchor', 'partners']);
    const keys = flatEntries(sections).map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('with a filter: one list of matches, best first, ties in codebook order, each code once', () => {
    const twice: CodeGroup[] = [...groups, { label: 'Regional nivå – Effekter', codes: [partners] }];
    const sections = paletteSections(twice, ['partners'], 'NÄT', 'sv', LABELS, flat);
    expect(sections).toHaveLength(1);
    expect(sections[0]?.label).toBe('Träffar');
    expect(sections[0]?.entries.map((e) => [e.code.id, e.groupLabel])).toEqual([['meet', 'Framgångsfaktorer – Verktyg']]);
    // Labels containing "ar" in codebook order, then the code whose definition has it.
    expect(paletteSections(twice, [], 'ar', 'sv', LABELS, flat)[0]?.entries.map((e) => e.code.id)).toEqual(['learn', 'partners', 'meet']);
    expect(paletteSections(groups, [], 'zzz', 'sv', LABELS, flat)).toEqual([]);
  });
});

describe('moveIndex and the recent list', () => {
  it('walks the entries with wrap-around', () => {
    expect(moveIndex(-1, 3, 'down')).toBe(0);
    expect(moveIndex(2, 3, 'down')).toBe(0);
    expect(moveIndex(0, 3, 'up')).toBe(2);
    expect(moveIndex(1, 3, 'home')).toBe(0);
    expect(moveIndex(1, 3, 'end')).toBe(2);
    expect(moveIndex(0, 0, 'down')).toBe(-1);
  });

  it('puts the code just used first and keeps a few', () => {
    let recent: string[] = [];
    for (let i = 0; i < 12; i++) recent = withRecentCode(recent, `c${i}`);
    recent = withRecentCode(recent, 'c5');
    expect(recent).toHaveLength(RECENT_LIMIT);
    expect(recent.slice(0, 3)).toEqual(['c5', 'c11', 'c10']);
  });
});
