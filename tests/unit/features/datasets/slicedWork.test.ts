import { describe, expect, it } from 'vitest';
import { filterInSlices, sortInSlices, type Slicing } from '../../../../renderer/features/datasets/slicedWork';

/** A clock that advances 1 ms per reading, pausing (and counting pauses) past a budget; stops after `stopAfter` pauses. */
function slicing(budgetMs: number, stopAfter = Infinity): Slicing & { pauses: () => number } {
  let t = 0;
  let pauses = 0;
  return {
    budgetMs,
    now: () => t++,
    pause: async () => ++pauses <= stopAfter,
    pauses: () => pauses,
  };
}

/** A deterministic shuffle of 0..n-1 with many equal keys. */
function items(n: number) {
  return Array.from({ length: n }, (_, i) => ({ i, key: (i * 7919) % 97 }));
}

describe('work in slices', () => {
  it('filters in order, pausing when over its budget', async () => {
    const s = slicing(3);
    const out = await filterInSlices(Array.from({ length: 5000 }, (_, i) => i), (n) => n % 3 === 0, s);
    expect(out).toEqual(Array.from({ length: 1667 }, (_, i) => i * 3));
    expect(s.pauses()).toBeGreaterThan(0);
  });

  it('sorts as Array.prototype.sort does, stable on equal keys, over many runs and an odd tail', async () => {
    for (const n of [0, 1, 511, 512, 513, 1025, 5000, 10_333]) {
      const list = items(n);
      const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
      const sorted = await sortInSlices(list, byKey, slicing(5));
      expect(sorted).toEqual([...list].sort(byKey));
    }
  });

  it('stops when a pause says its inputs changed, leaving the input as it was', async () => {
    const list = items(10_000);
    const copy = [...list];
    expect(await sortInSlices(list, (a, b) => a.key - b.key, slicing(2, 3))).toBeNull();
    expect(await filterInSlices(list, () => true, slicing(2, 0))).toBeNull();
    expect(list).toEqual(copy);
  });
});
