/** A run of a text, [start, end) in UTF-16 offsets. */
export type Span = readonly [number, number];

/** Spans sorted and joined where they touch or overlap; empty spans left out. */
export function merged(spans: readonly Span[]): Span[] {
  const sorted = spans.filter(([start, end]) => end > start).sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/** How many characters the (merged) spans cover. */
export function spanLength(spans: readonly Span[]): number {
  return spans.reduce((sum, [start, end]) => sum + (end - start), 0);
}

/** The characters both lists of merged spans cover. */
export function overlapLength(a: readonly Span[], b: readonly Span[]): number {
  return spanLength(intersection(a, b));
}

/** The parts both lists of merged spans cover. */
export function intersection(a: readonly Span[], b: readonly Span[]): Span[] {
  const out: Span[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const [aStart, aEnd] = a[i] as Span;
    const [bStart, bEnd] = b[j] as Span;
    const start = Math.max(aStart, bStart);
    const end = Math.min(aEnd, bEnd);
    if (end > start) out.push([start, end]);
    if (aEnd < bEnd) i += 1;
    else j += 1;
  }
  return out;
}

/** The parts of merged spans `a` that merged spans `b` do not cover. */
export function without(a: readonly Span[], b: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const [start, end] of a) {
    let from = start;
    for (const [bStart, bEnd] of b) {
      if (bEnd <= from || bStart >= end) continue;
      if (bStart > from) out.push([from, bStart]);
      from = Math.max(from, bEnd);
    }
    if (from < end) out.push([from, end]);
  }
  return out;
}

/** Whether merged spans `outer` cover every character of merged spans `inner`. */
export function covers(outer: readonly Span[], inner: readonly Span[]): boolean {
  return without(inner, outer).length === 0;
}
