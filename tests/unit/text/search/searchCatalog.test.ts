// The catalog strings of search and auto-coding: a message for every reason a query cannot run, the
// plural forms i18next picks by count, in both languages.
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en, sv } from '../../../../shared/i18n';
import { search } from '../../../../shared/i18n/ui/search';
import type { InvalidReason } from '../../../../shared/text/search/searchTypes';

const REASONS: InvalidReason[] = ['noWords', 'shortPrefix', 'regexSyntax', 'regexNested'];

describe('the ui.search catalogs', () => {
  it('are the ui.search namespace of the catalogs', () => {
    expect(sv.ui.search).toBe(search.sv);
    expect(en.ui.search).toBe(search.en);
  });

  it('say what to do for every query that cannot run, differently in each language', () => {
    expect(Object.keys(search.sv.invalid).sort()).toEqual([...REASONS].sort());
    for (const reason of REASONS) {
      expect(search.sv.invalid[reason].trim()).not.toBe('');
      expect(search.sv.invalid[reason]).not.toBe(search.en.invalid[reason]);
    }
  });

  it('give one and many their own words', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'sv', resources: { sv: { translation: sv }, en: { translation: en } }, interpolation: { escapeValue: false } });
    expect(i18n.t('ui.search.hitCount', { count: 1 })).toBe('1 träff');
    expect(i18n.t('ui.search.hitCount', { count: 12 })).toBe('12 träffar');
    expect(i18n.t('ui.search.apply', { count: 1 })).toBe('Koda 1 passage');
    expect(i18n.t('ui.search.apply', { count: 0 })).toBe('Koda 0 passager');
    await i18n.changeLanguage('en');
    expect(i18n.t('ui.search.documentCount', { count: 1 })).toBe('1 document');
    expect(i18n.t('ui.search.documentCount', { count: 3 })).toBe('3 documents');
  });
});
