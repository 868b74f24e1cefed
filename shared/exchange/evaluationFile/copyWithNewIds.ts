import { isRecord, isString } from '../../base/guards';
import { scaleId } from '../../domain/ratingScales';
import type { StoredRecord } from '../../migrations';
import type { EvaluationSnapshot } from './evaluationSnapshot';
import { remapRecordIds } from './recordIds';

/**
 * The same evaluation with every id replaced by a new one, consistently: every record's own id and every
 * reference to one (project, document, parent code, versions and twins, dataset and row, criterion, a
 * judgement's project, an agreement measurement's codes, the lists of codes (kept and dropped by the shared coding), documents, passages, coded data, judgements and findings, the audit
 * log's). A reference to a record the snapshot does not hold (an audit line about a deleted code) gets a
 * new id too, so no old id is left. A rating scale's id is derived from its evaluation's, as the store
 * requires (`scaleId`). Blocks, keys of key matches and framework code ids are not record ids and stay.
 * For "keep both" when an opened file's evaluation already exists. The input is left as it was.
 */
export function copyWithNewIds(snapshot: EvaluationSnapshot, newId: () => string): EvaluationSnapshot {
  const ids = new Map<string, string>();
  const remap = (old: string): string => {
    let next = ids.get(old);
    if (next === undefined) {
      next = newId();
      ids.set(old, next);
    }
    return next;
  };
  const remapValue = (value: unknown): unknown => (isString(value) ? remap(value) : value);
  const copyRecord = (record: StoredRecord): StoredRecord => remapRecordIds(record, remap);
  const tables: Record<string, StoredRecord[]> = {};
  for (const [table, records] of Object.entries(snapshot.tables)) {
    tables[table] =
      table === 'ratingScales'
        ? records.map((record) => {
            const copy = copyRecord(record);
            return isString(copy.evaluationId) && isString(copy.frameworkId) ? { ...copy, id: scaleId(copy.evaluationId, copy.frameworkId) } : copy;
          })
        : table === 'agreementRuns'
          ? records.map((record) => {
              // A kept agreement measurement names its codes in its figures, before and after.
              const copy: Record<string, unknown> = { ...copyRecord(record) };
              for (const field of ['before', 'after'] as const) {
                const figures = copy[field];
                if (isRecord(figures) && Array.isArray(figures.codes)) copy[field] = { ...figures, codes: figures.codes.map((c: unknown) => (isRecord(c) ? { ...c, codeId: remapValue(c.codeId) } : c)) };
              }
              return copy;
            })
          : records.map(copyRecord);
  }
  return { version: snapshot.version, tables };
}
