// Counts read right in both languages: every string that puts a number before a word that agrees with
// it ("1 filer", "1 versioner") has i18next's plural forms (`key_one` beside `key`), in every catalog.
import { describe, expect, it } from 'vitest';
import { en, sv, translate } from '../../../shared/i18n';
import { countsWithoutPlural, flatten, numbersBeforeWords, oneWithoutOther } from './i18nKeys';

/**
 * Placeholders whose values are words, names or phrases already counted with plural forms (e.g.
 * `{{evidence}}` is "3 belägg" from its own key), never a bare number.
 */
const TEXTUAL = new Set([
  'path', 'at', 'option', 'command', 'name', 'of', 'extension', 'pages', 'programme', 'first', 'second', 'field', 'fields',
  'key', 'source', 'target', 'code', 'title', 'level', 'framework', 'section', 'fileName', 'reason', 'summary', 'entry',
  'type', 'file', 'evidence', 'quotes', 'projects', 'documents', 'passages', 'rows', 'hits', 'size', 'value', 'percent',
  'amount', 'used', 'available', 'column', 'dataset', 'label', 'action', 'detail', 'project', 'document', 'date',
  'versions', 'segments', 'findings', 'recommendations', 'records', 'entries', 'seconds', 'coded', 'columns', 'moved', 'kept',
  'created', 'updated', 'create', 'update', 'unchanged', 'unreadable', 'added', 'changed', 'removed',
  // Names and words of inter-coder agreement: the coders' names, the unit's name.
  'coders', 'unit',
  // Numbers that name a place or a limit rather than count what follows: "rad 12 har", "högst 500 filer".
  'line', 'chunk', 'chunks', 'max', 'min',
]);

describe.each([
  ['Swedish', sv],
  ['English', en],
])('the %s catalog', (_language, catalog) => {
  const flat = flatten(catalog);

  it('has a `_one` form for every {{count}} that a word agrees with', () => {
    expect(countsWithoutPlural(flat)).toEqual([]);
  });

  it('has the plural beside every `_one` form', () => {
    expect(oneWithoutOther(flat)).toEqual([]);
  });

  it('puts no other number before a word that agrees with it', () => {
    expect(numbersBeforeWords(flat, TEXTUAL)).toEqual([]);
  });
});

describe('the scan', () => {
  it('finds a count without plural forms, and not one with them', () => {
    expect(countsWithoutPlural(new Map([['a', '{{count}} filer klara']]))).toEqual(['a: {{count}} filer klara']);
    expect(countsWithoutPlural(new Map([['a', '{{count}} filer'], ['a_one', '{{count}} fil']]))).toEqual([]);
    expect(countsWithoutPlural(new Map([['a', 'Visar {{count}} av {{total}}'], ['b', 'Citat ({{count}})']]))).toEqual([]);
  });

  it('finds a number before a noun, and not a textual placeholder or "av"', () => {
    expect(numbersBeforeWords(new Map([['d', 'med {{versions}} versioner']]), new Set())).toEqual(['d: {{versions}}']);
    expect(numbersBeforeWords(new Map([['d', '{{name}} är {{done}} av {{total}}']]), new Set(['name']))).toEqual([]);
  });

  it('finds a `_one` form alone', () => {
    expect(oneWithoutOther(new Map([['a_one', '1 fil']]))).toEqual(['a_one']);
  });
});

describe('translate with a count', () => {
  it('takes the `_one` form for 1 and the plural otherwise, as i18next does', () => {
    expect(translate(sv, 'cli.summary', { ok: 1, count: 1 })).toBe('1 av 1 fil lästes.');
    expect(translate(sv, 'cli.summary', { ok: 1, count: 3 })).toBe('1 av 3 filer lästes.');
    expect(translate(en, 'ui.counts.versions', { count: '1' })).toBe('1 version');
    expect(translate(en, 'ui.counts.versions', { count: '1 234' })).toBe('1 234 versions');
  });

  it('takes an explicit `_other` before the bare key', () => {
    const catalog = { a: 'bare {{count}}', a_other: 'other {{count}}', a_one: 'one' };
    expect(translate(catalog, 'a', { count: 2 })).toBe('other 2');
    expect(translate(catalog, 'a', { count: 1 })).toBe('one');
    expect(translate(catalog, 'a')).toBe('bare {{count}}');
  });
});
