import { defineStep, type StoredRecord } from './step';

/**
 * v4 → v5, coded passages and coded table rows or cells: no strength or direction yet, an unknown coder,
 * and an empty memo where there was none.
 */
export function evidenceToV5(record: StoredRecord): StoredRecord {
  return {
    ...record,
    ...(typeof record.memo !== 'string' ? { memo: '' } : {}),
    ...(!('strength' in record) ? { strength: null } : {}),
    ...(!('direction' in record) ? { direction: null } : {}),
    ...(typeof record.coder !== 'string' ? { coder: '' } : {}),
  };
}

/** v4 → v5, codes: no shortcut. */
export function codeToV5(code: StoredRecord): StoredRecord {
  return 'shortcut' in code ? code : { ...code, shortcut: null };
}

/** v5 also added the audit log (a new table) and an index of segments by document and start. */
export const v5 = defineStep<never>({
  version: 5,
  tables: { segments: evidenceToV5, dataCodings: evidenceToV5, codes: codeToV5 },
});
