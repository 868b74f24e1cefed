// The catalog strings of search and auto-coding: a message for every reason a query cannot run, the
// plural forms i18next picks by count, in both languages.
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { searchEn, searchSv } from '../../../shared/i18n/ui/search';
import { uiEn } from '../../../shared/i18n/uiEn';
import { uiSv } from '../../../shared/i18n/uiSv';
import type { InvalidReason } from '../../../shared/text/search/searchTypes';

const REASONS: InvalidReason[] = ['noWords', 'shortPrefix', 'regexSyntax', 'regexNested'];

describe('the ui.search catalogs', () => {
  it('are the ui.search namespace of the UI catalogs', () => {
    expect((uiSv as Record<string, unknown>).search).toBe(searchSv);
    expect((uiEn as Record<string, unknown>).search).toBe(searchEn);
  });

  it('say what to do for every query that cannot run, differently in each language', () => {
    expect(Object.keys(searchSv.invalid).sort()).toEqual([...REASONS].sort());
    for (const reason of REASONS) {
      expect(searchSv.invalid[reason].trim()).not.toBe('');
      expect(searchSv.invalid[reason]).not.toBe(searchEn.invalid[reason]);
    }
  });

  it('give one and many their own words', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'sv', resources: { sv: { translation: { ui: uiSv } }, en: { translation: { ui: uiEn } } }, interpolation: { escapeValue: false } });
    expect(i18n.t('ui.search.hitCount', { count: 1 })).toBe('1 träff');
    expect(i18n.t('ui.search.hitCount', { count: 12 })).toBe('12 träffar');
    expect(i18n.t('ui.search.apply', { count: 1 })).toBe('Koda 1 passage');
    expect(i18n.t('ui.search.apply', { count: 0 })).toBe('Koda 0 passager');
    await i18n.changeLanguage('en');
    expect(i18n.t('ui.search.documentCount', { count: 1 })).toBe('1 document');
    expect(i18n.t('ui.search.documentCount', { count: 3 })).toBe('3 documents');
  });
});
