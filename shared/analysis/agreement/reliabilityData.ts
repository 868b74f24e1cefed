/**
 * Reliability data as Krippendorff writes it: units, each with one value per coder (null where that coder
 * gave none: missing data). A unit carries a count so that many alike units (the characters of a run that
 * every coder coded the same way) are one entry.
 */
export interface ReliabilityUnit<V> {
  values: readonly (V | null)[];
  count: number;
}

export type ReliabilityData<V> = readonly ReliabilityUnit<V>[];

/** Reliability data from a coders × units table (rows are coders, null or undefined a missing value), each unit counted once. */
export function fromCodersByUnits<V>(rows: readonly (readonly (V | null | undefined)[])[]): ReliabilityUnit<V>[] {
  const width = Math.max(0, ...rows.map((row) => row.length));
  return Array.from({ length: width }, (_, u) => ({ values: rows.map((row) => row[u] ?? null), count: 1 }));
}

/** The values a unit has (missing ones left out). */
export function presentValues<V>(unit: ReliabilityUnit<V>): V[] {
  return unit.values.filter((value): value is V => value !== null);
}
