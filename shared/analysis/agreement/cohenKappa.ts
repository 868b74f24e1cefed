import type { ReliabilityData } from './reliabilityData';

/**
 * Cohen's kappa of two coders: (po − pe) / (1 − pe) over the units both coded, po the share of units
 * they agree on, pe the agreement expected from each coder's own shares of the values. Null when no unit
 * has both values, when the data has other than two coders, or when pe is 1 (both always gave the same
 * single value: kappa is undefined).
 */
export function cohenKappa<V>(data: ReliabilityData<V>): number | null {
  let n = 0;
  let agreed = 0;
  const first = new Map<V, number>();
  const second = new Map<V, number>();
  for (const unit of data) {
    if (unit.values.length !== 2) return null;
    const [a, b] = unit.values;
    if (a === null || a === undefined || b === null || b === undefined || unit.count <= 0) continue;
    n += unit.count;
    if (a === b) agreed += unit.count;
    first.set(a, (first.get(a) ?? 0) + unit.count);
    second.set(b, (second.get(b) ?? 0) + unit.count);
  }
  if (n === 0) return null;
  const observed = agreed / n;
  let expected = 0;
  for (const [value, count] of first) expected += (count / n) * ((second.get(value) ?? 0) / n);
  if (expected >= 1) return null;
  return (observed - expected) / (1 - expected);
}
