import { defineStep, type StoredRecord } from './step';

/**
 * v7 → v8, documents: none is yet the twin of another (the same text in another format). A document's
 * project may now be null (the programme as a whole) and so may a passage's, but every stored one keeps
 * the project it has.
 */
export function documentToV8(document: StoredRecord): StoredRecord {
  return {
    ...document,
    ...(!('duplicateOf' in document) ? { duplicateOf: null } : {}),
    ...(!('duplicateSimilarity' in document) ? { duplicateSimilarity: null } : {}),
  };
}

export const v8 = defineStep<never>({
  version: 8,
  tables: { documents: documentToV8 },
});
