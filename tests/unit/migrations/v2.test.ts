import { describe, expect, it } from 'vitest';
import { buildLookup } from '../../../shared/migrations/step';
import { documentToV2, v2, wordCountEntry } from '../../../shared/migrations/v2';
import { byId, records } from './fixtures';

describe('migration v1 → v2', () => {
  const documents = records(1, 'documents');
  const texts = records(1, 'documentTexts');
  const wordCounts = new Map([['doc-1', 5]]);

  it('reads the word count of each document text', () => {
    expect(texts.map(wordCountEntry)).toEqual([['doc-1', 5]]);
    expect(buildLookup(v2, texts)).toEqual(wordCounts);
    expect(wordCountEntry({ documentId: 'doc-x' })).toEqual(['doc-x', 0]);
    expect(wordCountEntry({ text: 'Utan dokument' })).toBeNull();
  });

  it('makes a v1 document the first and current version of itself, with its facts', () => {
    const v1 = byId(documents, 'doc-1');
    expect(documentToV2(v1, wordCounts)).toEqual({
      ...v1,
      format: 'txt',
      pageCount: null,
      wordCount: 5,
      authorOrganisation: '',
      versionGroupId: 'doc-1',
      version: 1,
      supersededBy: null,
      // v1 kept some warnings as plain strings: they are dropped.
      warnings: [{ code: 'imagesIgnored' }],
    });
  });

  it('gives a document without text no words and no warnings', () => {
    const v1 = byId(documents, 'doc-2');
    expect(documentToV2(v1, wordCounts)).toMatchObject({ wordCount: 0, warnings: [], versionGroupId: 'doc-2', version: 1 });
  });

  it('leaves the record it was given as it was', () => {
    const v1 = Object.freeze(byId(documents, 'doc-1'));
    const before = structuredClone(v1);
    documentToV2(v1, wordCounts);
    expect(v1).toEqual(before);
  });

  it('changes only documents, after reading the texts', () => {
    expect(v2.version).toBe(2);
    expect(v2.lookupTable).toBe('documentTexts');
    expect(v2.tables).toEqual(['documents']);
    const [text] = texts;
    expect(text && v2.migrate('documentTexts', text, wordCounts)).toBe(text);
  });
});
