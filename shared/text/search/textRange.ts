/** A stretch of a document's text: UTF-16 offsets, end exclusive (the unit of Block and Segment positions). */
export interface TextRange {
  start: number;
  end: number;
}

/** Ranges sorted by start, overlapping ones merged (touching ones are kept apart). */
export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextRange[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start < last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ start: range.start, end: range.end });
  }
  return merged;
}

/** The range without white space at its ends (never empty when the range holds anything else). */
export function trimWhiteSpace(text: string, range: TextRange): TextRange {
  let { start, end } = range;
  while (start < end && /\s/u.test(text[start] as string)) start++;
  while (end > start && /\s/u.test(text[end - 1] as string)) end--;
  return start < end ? { start, end } : { start: range.start, end: range.end };
}

/** Index of the last range that starts at or before `offset` in ranges sorted by start, or -1. */
export function lastStartingAtOrBefore(ranges: readonly TextRange[], offset: number): number {
  let low = 0;
  let high = ranges.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((ranges[middle] as TextRange).start <= offset) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}
