import { normaliseKey, type DatasetRow } from '../../domain';

/** A key of a dataset that matches no project, with how many rows carry it. */
export interface UnmatchedKey {
  key: string;
  rows: number;
}

/**
 * The keys of rows linked to no project, alike keys (normaliseKey) counted together under the first
 * spelling in row order, sorted the Swedish way. Rows are counted by their key as written first, so a
 * large table normalises each spelling once, not once per row.
 */
export function unmatchedKeys(rows: Iterable<Pick<DatasetRow, 'projectId' | 'key'>>): UnmatchedKey[] {
  const written = new Map<string, number>();
  for (const row of rows) if (row.projectId === null && row.key !== null) written.set(row.key, (written.get(row.key) ?? 0) + 1);
  const counts = new Map<string, UnmatchedKey>();
  for (const [key, count] of written) {
    const k = normaliseKey(key);
    const entry = counts.get(k);
    if (entry) entry.rows += count;
    else counts.set(k, { key, rows: count });
  }
  return [...counts.values()].sort((a, b) => a.key.localeCompare(b.key, 'sv'));
}
