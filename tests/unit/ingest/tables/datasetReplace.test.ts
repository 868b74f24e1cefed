import { describe, expect, it } from 'vitest';
import type { DatasetRow } from '../../../../shared/domain';
import { replaceDatasetRows } from '../../../../shared/ingest/tables/datasetReplace';

function row(id: string, index: number, values: (string | number | null)[]): DatasetRow {
  return { id, datasetId: 'd', evaluationId: 'e', index, line: index + 2, values, key: values[0] === null ? null : String(values[0]), projectId: null };
}

function target() {
  let n = 0;
  return { datasetId: 'd', evaluationId: 'e', newId: () => `new${++n}`, projectOf: (key: string | null) => (key === 'P1' ? 'project-1' : null) };
}

describe('replaceDatasetRows', () => {
  it('keeps the id of a row with the same key and nth place, counts changed, unchanged, added and removed', () => {
    const old = [row('r2', 1, ['P1', 2024, 5]), row('r1', 0, ['P1', 2023, 4]), row('r3', 2, ['P2', 2023, 1])];
    const input = {
      keyColumn: 0,
      rows: [
        { values: ['P1', 2023, 4], line: 2 },
        { values: ['P1', 2024, 6], line: 3 },
        { values: ['P3', 2023, 9], line: 4 },
      ],
    };
    const result = replaceDatasetRows(old, input, target());
    expect(result.rows.map((r) => r.id)).toEqual(['r1', 'r2', 'new1']);
    expect(result.changes).toEqual({ added: 1, removed: 1, changed: 1, unchanged: 1 });
    expect(result.removedIds).toEqual(['r3']);
    expect(result.rows.map((r) => r.projectId)).toEqual(['project-1', 'project-1', null]);
    expect(result.rows.map((r) => r.index)).toEqual([0, 1, 2]);
  });

  it('matches rows by position when the table has no key column', () => {
    const old = [row('a', 0, ['x']), row('b', 1, ['y'])];
    const result = replaceDatasetRows(old, { keyColumn: null, rows: [{ values: ['x'], line: 2 }] }, target());
    expect(result.rows.map((r) => [r.id, r.key])).toEqual([['a', null]]);
    expect(result.changes).toEqual({ added: 0, removed: 1, changed: 0, unchanged: 1 });
  });
});
