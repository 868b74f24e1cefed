import { normaliseKey, type DatasetRow } from '../../domain/dataset';
import type { Id } from '../../domain/ids';
import type { CellValue } from '../../domain/tableValues';
import { keyOf } from './linkRows';

/** What a re-import changed, by key (or by position when the table has no key column). */
export interface DatasetChanges {
  added: number;
  removed: number;
  changed: number;
  unchanged: number;
}

/** The rows of a newer version of a dataset, the ids of the rows it no longer has, and what changed. */
export interface DatasetReplacement {
  rows: DatasetRow[];
  removedIds: Id[];
  changes: DatasetChanges;
}

function sameValues(a: readonly CellValue[], b: readonly CellValue[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

/**
 * Which row of the table each row is: its key and that it is the key's n-th row (indicator tables have
 * one row per project and year); without a key column, its position.
 */
function identities(rows: readonly { values: readonly CellValue[] }[], keyColumn: number | null): string[] {
  const seen = new Map<string, number>();
  return rows.map((row, index) => {
    if (keyColumn === null) return `#${index}`;
    const key = normaliseKey(keyOf(row.values, keyColumn) ?? '');
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return `${key}#${n}`;
  });
}

/**
 * The rows of a newer version of a dataset: a row that is the same row as one of the old version (same
 * identity) keeps its id, so its codes stay with it; the others are new. Old rows in file order.
 */
export function replaceDatasetRows(
  old: readonly DatasetRow[],
  input: { rows: readonly { values: CellValue[]; line: number }[]; keyColumn: number | null },
  target: { datasetId: Id; evaluationId: Id; newId: () => Id; projectOf: (key: string | null) => Id | null },
): DatasetReplacement {
  const ordered = [...old].sort((a, b) => a.index - b.index);
  const oldIdentities = identities(ordered, input.keyColumn);
  const newIdentities = identities(input.rows, input.keyColumn);
  const oldById = new Map(ordered.map((row, i) => [oldIdentities[i] as string, row]));
  const changes: DatasetChanges = { added: 0, removed: 0, changed: 0, unchanged: 0 };
  const rows: DatasetRow[] = input.rows.map((row, index) => {
    const identity = newIdentities[index] as string;
    const previous = oldById.get(identity);
    if (previous) oldById.delete(identity);
    if (!previous) changes.added++;
    else if (sameValues(previous.values, row.values)) changes.unchanged++;
    else changes.changed++;
    const key = keyOf(row.values, input.keyColumn);
    return { id: previous?.id ?? target.newId(), datasetId: target.datasetId, evaluationId: target.evaluationId, index, line: row.line, values: row.values, key, projectId: target.projectOf(key) };
  });
  const removedIds = [...oldById.values()].map((row) => row.id);
  changes.removed = removedIds.length;
  return { rows, removedIds, changes };
}
