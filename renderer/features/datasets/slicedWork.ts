/**
 * Work over many rows cut into slices, so no task on the UI thread runs much past a time budget: between
 * slices `pause` gives the UI its turn and says whether to go on (false once the work's inputs changed).
 * The filter over 100,000 × 20 cells took 0.15-1.2 s in one pass, a sort by a text column about 90 ms.
 */
export interface Slicing {
  /** How long one slice may run, in ms. */
  budgetMs: number;
  now: () => number;
  pause: () => Promise<boolean>;
}

/** Checks the clock; past the budget, pauses. False when the work should stop. */
function budget(slicing: Slicing): () => Promise<boolean> {
  let start = slicing.now();
  return async () => {
    if (slicing.now() - start < slicing.budgetMs) return true;
    const go = await slicing.pause();
    start = slicing.now();
    return go;
  };
}

/** The items that pass, in their order; null when stopped. */
export async function filterInSlices<T>(items: readonly T[], passes: (item: T) => boolean, slicing: Slicing): Promise<T[] | null> {
  const due = budget(slicing);
  const out: T[] = [];
  for (let i = 0; i < items.length; i++) {
    if ((i & 31) === 0 && !(await due())) return null;
    const item = items[i] as T;
    if (passes(item)) out.push(item);
  }
  return out;
}

/** Sorted runs of this many items, then merged in passes. */
const RUN = 512;

/** The items sorted (stable: a merge sort of sorted runs, the left run first on ties); null when stopped. */
export async function sortInSlices<T>(items: readonly T[], compare: (a: T, b: T) => number, slicing: Slicing): Promise<T[] | null> {
  const due = budget(slicing);
  let from = [...items];
  for (let lo = 0; lo < from.length; lo += RUN) {
    if (!(await due())) return null;
    const run = from.slice(lo, lo + RUN).sort(compare);
    for (let k = 0; k < run.length; k++) from[lo + k] = run[k] as T;
  }
  let to = new Array<T>(from.length);
  for (let width = RUN; width < from.length; width *= 2) {
    for (let lo = 0; lo < from.length; lo += 2 * width) {
      const mid = Math.min(lo + width, from.length);
      const hi = Math.min(lo + 2 * width, from.length);
      let i = lo;
      let j = mid;
      for (let k = lo; k < hi; k++) {
        if ((k & 255) === 0 && !(await due())) return null;
        if (j >= hi || (i < mid && compare(from[i] as T, from[j] as T) <= 0)) to[k] = from[i++] as T;
        else to[k] = from[j++] as T;
      }
    }
    [from, to] = [to, from];
  }
  return from;
}
