import { copyWithNewIds, type EvaluationSnapshot } from '../../../../shared/exchange/evaluationFile';
import type { MergeWrites } from '../../../../shared/exchange/merge';
import type { StoredRecord } from '../../../../shared/migrations';
import { demoEvaluationSnapshot } from '../../../support/evaluationFileFixtures';
import { counter } from '../../demo/demoFiles';

/** Mine: the demo evaluation. */
export function mineSnapshot(): EvaluationSnapshot {
  return demoEvaluationSnapshot();
}

/** The same evaluation with one table's records changed by `edit`. */
export function edited(snapshot: EvaluationSnapshot, table: string, edit: (records: StoredRecord[]) => StoredRecord[]): EvaluationSnapshot {
  return { ...snapshot, tables: { ...snapshot.tables, [table]: edit([...(snapshot.tables[table] ?? [])]) } };
}

/** The same evaluation opened as a copy: every id new. */
export function asCopy(snapshot: EvaluationSnapshot): EvaluationSnapshot {
  return copyWithNewIds(snapshot, counter('copy-'));
}

/** Mine after a merge's writes, as the store would hold it. */
export function written(snapshot: EvaluationSnapshot, writes: MergeWrites): EvaluationSnapshot {
  const tables: Record<string, StoredRecord[]> = { ...snapshot.tables };
  for (const [table, records] of Object.entries(writes.added)) tables[table] = [...(tables[table] ?? []), ...records];
  for (const { table, after } of writes.changed) tables[table] = (tables[table] ?? []).map((record) => (record.id === after.id ? after : record));
  return { ...snapshot, tables };
}

/** How many records a merge writes. */
export function writeCount(writes: MergeWrites): number {
  return Object.values(writes.added).reduce((sum, records) => sum + records.length, 0) + writes.changed.length;
}

/** A passage by another coder on the first passage's document, a range of its own. */
export function colleaguePassage(snapshot: EvaluationSnapshot, id: string, coder = 'Kollega B'): StoredRecord {
  const first = snapshot.tables.segments?.[0] ?? {};
  return { ...first, id, coder, memo: 'Kollegans notering', position: { type: 'TextPositionSelector', start: 10, end: 40 }, quote: { type: 'TextQuoteSelector', exact: 'ett annat stycke', prefix: '', suffix: '' } };
}
