import { wordCount } from '../text/wordCount';
import { defineStep, type StoredRecord } from './step';

/** A document's text record as v1 stored it → the document id and the word count of its text. */
export function wordCountEntry(text: StoredRecord): readonly [string, number] | null {
  if (typeof text.documentId !== 'string') return null;
  return [text.documentId, wordCount(typeof text.text === 'string' ? text.text : '')];
}

/**
 * v1 → v2: every document becomes the first and current version of itself, with its format, page and
 * word counts (0 when it has no text). v1 imported only UTF-8 plain text, so the format is txt and there
 * are no pages. Warnings that are not objects with a code (v1 kept plain strings) are dropped.
 */
export function documentToV2(document: StoredRecord, wordCounts: ReadonlyMap<string, number>): StoredRecord {
  const id = document.id;
  const warnings = Array.isArray(document.warnings) ? (document.warnings as unknown[]) : [];
  return {
    ...document,
    format: 'txt',
    pageCount: null,
    wordCount: (typeof id === 'string' ? wordCounts.get(id) : undefined) ?? wordCount(''),
    authorOrganisation: '',
    versionGroupId: id,
    version: 1,
    supersededBy: null,
    warnings: warnings.filter((warning) => typeof warning === 'object' && warning !== null && 'code' in warning),
  };
}

export const v2 = defineStep<number>({
  version: 2,
  lookup: { table: 'documentTexts', entry: wordCountEntry },
  tables: { documents: documentToV2 },
});
