// Words a new user tripped over (issue 13): what the empty Documents page promises, and plain English.
import { describe, expect, it } from 'vitest';
import { en, sv } from '../../../shared/i18n';

describe('the empty Documents page', () => {
  it('names Word and PDF among the files it takes, not only text files', () => {
    for (const text of [sv.ui.documents.empty, en.ui.documents.empty]) {
      expect(text).toContain('Word');
      expect(text).toContain('PDF');
    }
    expect(sv.ui.documents.empty).not.toContain('som textfiler');
    expect(en.ui.documents.empty).not.toContain('as text files');
  });
});

describe('the accent switches in English', () => {
  it('say what they do in proper English', () => {
    expect(en.ui.reader.findDiacritics).not.toMatch(/^Tell/);
    expect(en.ui.search.diacriticSensitive).not.toMatch(/^Tell/);
    expect(en.ui.reader.findDiacritics).toMatch(/accents/);
  });
});
