import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { DatasetRowsRead } from '../../../renderer/store/dexie/datasetRowsWatch';
import type { DatasetInput } from '../../../renderer/store';
import { evaluationInput, openHarness, projectInput, type Harness } from './harness';

let harness: Harness;

afterEach(() => {
  harness?.db.close();
});

const columns = [
  { name: 'Projektkod', originalName: 'Projektkod', type: 'text' as const },
  { name: 'Utfall', originalName: 'Utfall', type: 'integer' as const },
];

function table(name: string, rows: number, key = (i: number) => `K-${i}`): DatasetInput {
  return { name, fileName: `${name}.csv`, format: 'csv', sha256: 'a'.repeat(64), columns, keyColumn: 0, rows: Array.from({ length: rows }, (_, i) => ({ values: [key(i), i], line: i + 2 })) };
}

/** What a watch has given, and a promise for the first delivery that satisfies a test. */
function recorder() {
  const reads: DatasetRowsRead[] = [];
  let waiting: { test: (read: DatasetRowsRead) => boolean; resolve: (read: DatasetRowsRead) => void } | null = null;
  return {
    reads,
    listener: (read: DatasetRowsRead) => {
      reads.push(read);
      if (waiting?.test(read)) {
        waiting.resolve(read);
        waiting = null;
      }
    },
    until: (test: (read: DatasetRowsRead) => boolean) => new Promise<DatasetRowsRead>((resolve) => (waiting = { test, resolve })),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

describe('watching a dataset’s rows', () => {
  it('reads the rows in pieces in file order, giving each piece as it comes and yielding between them', async () => {
    harness = openHarness('rows-watch-pieces');
    const { repos } = harness;
    const evaluation = await repos.evaluations.create(evaluationInput());
    const dataset = await repos.datasets.create(evaluation.id, table('Indikatorer', 2_500));
    const seen = recorder();
    let yields = 0;
    const done = seen.until((read) => read.complete);
    const stop = repos.datasets.watchRows(dataset.id, seen.listener, { deliverEveryMs: 0, yieldToUi: async () => void yields++ });
    const all = await done;
    stop();
    // Pieces of ROWS_PER_PIECE (1,000) rows, as they are stored.
    expect(seen.reads.map((read) => [read.rows.length, read.total, read.complete])).toEqual([
      [1_000, 2_500, false],
      [2_000, 2_500, false],
      [2_500, 2_500, true],
    ]);
    expect(yields).toBe(2);
    expect(all.rows.map((row) => row.index)).toEqual(Array.from({ length: 2_500 }, (_, i) => i));
    expect(all.rows.map((row) => row.values)).toEqual(Array.from({ length: 2_500 }, (_, i) => [`K-${i}`, i]));
    // A row by id, in each delivery only among the rows it holds.
    const last = all.rows[2_499]!;
    expect(all.rowOf(last.id)).toBe(last);
    expect(seen.reads[0]?.rowOf(last.id)).toBeUndefined();
    expect(seen.reads[0]?.rowOf(all.rows[3]!.id)).toBe(all.rows[3]);
  });

  it('ends a table of whole pieces on an empty read, and gives an empty dataset as read at once', async () => {
    harness = openHarness('rows-watch-whole-pieces');
    const { repos } = harness;
    const evaluation = await repos.evaluations.create(evaluationInput());
    const twenty = await repos.datasets.create(evaluation.id, table('Tjugo', 2_000));
    const seen = recorder();
    const done = seen.until((read) => read.complete);
    const stop = repos.datasets.watchRows(twenty.id, seen.listener, { deliverEveryMs: 0, yieldToUi: async () => undefined });
    expect((await done).rows).toHaveLength(2_000);
    stop();
    const empty = await repos.datasets.create(evaluation.id, table('Tom', 0));
    const none = recorder();
    const gotNone = none.until((read) => read.complete);
    const stopNone = repos.datasets.watchRows(empty.id, none.listener);
    expect(await gotNone).toMatchObject({ rows: [], total: 0, complete: true });
    stopNone();
  });

  it('follows rows relinked by id, ignores other datasets, reads a newer version again, and stops', async () => {
    harness = openHarness('rows-watch-live');
    const { repos } = harness;
    const evaluation = await repos.evaluations.create(evaluationInput());
    const dataset = await repos.datasets.create(evaluation.id, table('Indikatorer', 30, (i) => (i % 10 === 0 ? 'Okänt' : `K-${i}`)));
    const seen = recorder();
    const loaded = seen.until((read) => read.complete);
    const stop = repos.datasets.watchRows(dataset.id, seen.listener);
    const first = await loaded;
    expect(first.rows.every((row) => row.projectId === null)).toBe(true);

    const project = await repos.projects.add(evaluation.id, projectInput('Handel'));
    const relinked = seen.until(() => true);
    await repos.datasets.matchKey(evaluation.id, 'okänt', project.id);
    const after = await relinked;
    expect(after.rows.filter((row) => row.projectId === project.id).map((row) => row.index)).toEqual([0, 10, 20]);
    // The rows the change did not touch are the objects read before: nothing else was read again.
    expect(after.rows[1]).toBe(first.rows[1]);

    // Another dataset's rows are told by its pieces' keys and read nothing of this one.
    const count = seen.reads.length;
    await repos.datasets.create(evaluation.id, table('Annan', 5));
    await settle();
    expect(seen.reads).toHaveLength(count);

    const replaced = seen.until((read) => read.complete && read.rows.length === 12);
    await repos.datasets.replace(dataset.id, table('Indikatorer', 12, (i) => `N-${i}`));
    expect((await replaced).rows.map((row) => row.values[0])).toEqual(Array.from({ length: 12 }, (_, i) => `N-${i}`));

    const removed = seen.until((read) => read.complete && read.rows.length === 0);
    await repos.datasets.remove(dataset.id);
    expect((await removed).total).toBe(0);

    stop();
    const stopped = seen.reads.length;
    await repos.datasets.create(evaluation.id, table('Sist', 3));
    await settle();
    expect(seen.reads).toHaveLength(stopped);
  });
});

describe('unmatched keys of a large dataset', () => {
  it('counts them over every piece of rows read', async () => {
    harness = openHarness('rows-unmatched-pieces');
    const { repos } = harness;
    const evaluation = await repos.evaluations.create(evaluationInput());
    await repos.projects.add(evaluation.id, projectInput('Handel', { code: 'K-1' }));
    const dataset = await repos.datasets.create(evaluation.id, table('Stor', 2_500, (i) => (i === 2_499 ? 'Sist' : `K-${i % 3}`)));
    expect(await repos.datasets.unmatchedKeys(dataset.id)).toEqual([
      { key: 'K-0', rows: 833 },
      { key: 'K-2', rows: 833 },
      { key: 'Sist', rows: 1 },
    ]);
  });
});
