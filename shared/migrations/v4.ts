import { defineStep, type StoredRecord } from './step';

const NOTE_FIELDS = ['inclusionSv', 'inclusionEn', 'exclusionSv', 'exclusionEn', 'exampleSv', 'exampleEn'] as const;

/** v3 → v4: every code gets empty inclusion and exclusion notes and example, in both languages. */
export function codeToV4(code: StoredRecord): StoredRecord {
  const notes = Object.fromEntries(NOTE_FIELDS.filter((field) => typeof code[field] !== 'string').map((field) => [field, '']));
  return { ...code, ...notes };
}

/** v3 added the tables of datasets, key matches, table codings and undo records, and changed no record: it has no step. */
export const v4 = defineStep<never>({
  version: 4,
  tables: { codes: codeToV4 },
});
