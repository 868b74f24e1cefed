import { presentValues, type ReliabilityData } from './reliabilityData';

/** The levels of measurement Spårbar computes alpha for: nominal (codes) and interval (the reference check). */
export type AlphaMetric = 'nominal' | 'interval';

function distance(metric: AlphaMetric, a: number | string, b: number | string): number {
  if (metric === 'nominal') return a === b ? 0 : 1;
  return (Number(a) - Number(b)) ** 2;
}

/**
 * Krippendorff's alpha (Krippendorff 2011, "Computing Krippendorff's alpha-reliability"): 1 − Do/De from
 * the coincidence matrix of the pairable values. Any number of coders, missing values allowed: a unit
 * with fewer than two values is not pairable and left out. Null when nothing is pairable, or when every
 * pairable value is the same (no expected disagreement: alpha is undefined).
 */
export function krippendorffAlpha<V extends number | string>(data: ReliabilityData<V>, metric: AlphaMetric = 'nominal'): number | null {
  // Coincidences o[c][k], kept sparse by value.
  const coincidences = new Map<V, Map<V, number>>();
  const add = (c: V, k: V, weight: number) => {
    const row = coincidences.get(c) ?? new Map<V, number>();
    coincidences.set(c, row);
    row.set(k, (row.get(k) ?? 0) + weight);
  };
  for (const unit of data) {
    const values = presentValues(unit);
    const m = values.length;
    if (m < 2 || unit.count <= 0) continue;
    const weight = unit.count / (m - 1);
    for (let i = 0; i < m; i += 1) for (let j = 0; j < m; j += 1) if (i !== j) add(values[i] as V, values[j] as V, weight);
  }
  const totals = new Map<V, number>();
  let n = 0;
  for (const [c, row] of coincidences) {
    const sum = [...row.values()].reduce((a, b) => a + b, 0);
    totals.set(c, sum);
    n += sum;
  }
  if (n <= 1) return null;
  let observed = 0;
  for (const [c, row] of coincidences) for (const [k, o] of row) observed += o * distance(metric, c, k);
  let expected = 0;
  for (const [c, nc] of totals) for (const [k, nk] of totals) expected += nc * nk * distance(metric, c, k);
  if (expected === 0) return null;
  return 1 - ((n - 1) * observed) / expected;
}
