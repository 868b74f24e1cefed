/** A horizontal stretch of a page's text: a line, or a part of a line set apart by a wide gap. */
export interface Segment {
  x0: number;
  x1: number;
  size: number;
  chars: number;
}

/** The empty strip between the two columns of a page. */
export interface Gutter {
  start: number;
  end: number;
}

const MIN_SEGMENTS_PER_SIDE = 5;
/** Lines across the gutter (titles, wide figures) may be at most this share of the lines of a column. */
const MAX_CROSSING_SHARE = 0.5;
/** Column lines fill most of their column; table cells and labels do not. */
const MIN_FILL = 0.5;
const MAX_BINS = 800;
/** The gutter is a narrow strip, and each column at least a quarter of the text's width. */
const MAX_GUTTER = 0.2;
const MIN_COLUMN = 0.25;

/** The font size that carries most characters. */
export function dominantSize(segments: readonly { size: number; chars: number }[]): number {
  const weights = new Map<number, number>();
  let best = 0;
  let bestWeight = -1;
  for (const segment of segments) {
    const key = Math.round(segment.size * 4) / 4;
    const weight = (weights.get(key) ?? 0) + segment.chars;
    weights.set(key, weight);
    if (weight > bestWeight) {
      best = key;
      bestWeight = weight;
    }
  }
  return best;
}

function meanWidth(segments: readonly Segment[], body: number): number {
  let chars = 0;
  let sum = 0;
  for (const segment of segments) {
    if (Math.abs(segment.size - body) > 0.15 * body) continue;
    chars += segment.chars;
    sum += (segment.x1 - segment.x0) * segment.chars;
  }
  return chars === 0 ? 0 : sum / chars;
}

/**
 * Finds the gutter of a two-column page: a strip in the middle third of the text that (almost) no segment
 * crosses, with well-filled columns of at least five lines on each side. Returns null for single-column
 * pages, tables and forms. Linear in segments plus a fixed number of bins.
 */
export function findGutter(segments: readonly Segment[]): Gutter | null {
  if (segments.length < 2 * MIN_SEGMENTS_PER_SIDE) return null;
  let minX = Infinity;
  let maxX = -Infinity;
  for (const segment of segments) {
    minX = Math.min(minX, segment.x0);
    maxX = Math.max(maxX, segment.x1);
  }
  const width = maxX - minX;
  if (!(width > 0)) return null;
  const step = Math.max(1, width / MAX_BINS);
  const bins = Math.ceil(width / step) + 1;
  const delta = new Int32Array(bins + 1);
  for (const segment of segments) {
    delta[Math.max(0, Math.floor((segment.x0 - minX) / step))]! += 1;
    delta[Math.min(bins, Math.ceil((segment.x1 - minX) / step))]! -= 1;
  }
  const coverage = new Int32Array(bins);
  let running = 0;
  for (let i = 0; i < bins; i++) {
    running += delta[i]!;
    coverage[i] = running;
  }
  const from = Math.floor(bins * 0.3);
  const to = Math.ceil(bins * 0.7);
  let least = Infinity;
  for (let i = from; i < to; i++) least = Math.min(least, coverage[i]!);
  // The widest stretch at the least coverage that touches the middle zone.
  let bestStart = -1;
  let bestEnd = -1;
  for (let i = from; i < to; i++) {
    if (coverage[i] !== least) continue;
    let start = i;
    while (start > 0 && coverage[start - 1] === least) start--;
    let end = i;
    while (end + 1 < bins && coverage[end + 1] === least) end++;
    if (end - start > bestEnd - bestStart) {
      bestStart = start;
      bestEnd = end;
    }
    i = end;
  }
  if (bestStart < 0) return null;
  const gutter = { start: minX + bestStart * step, end: minX + (bestEnd + 1) * step };
  const body = dominantSize(segments);
  if (gutter.end - gutter.start < 0.8 * body) return null;

  const left: Segment[] = [];
  const right: Segment[] = [];
  let crossing = 0;
  for (const segment of segments) {
    if (segment.x1 <= gutter.start + step) left.push(segment);
    else if (segment.x0 >= gutter.end - step) right.push(segment);
    else crossing++;
  }
  if (left.length < MIN_SEGMENTS_PER_SIDE || right.length < MIN_SEGMENTS_PER_SIDE) return null;
  if (crossing > MAX_CROSSING_SHARE * Math.min(left.length, right.length)) return null;
  const leftEdge = left.reduce((edge, segment) => Math.min(edge, segment.x0), Infinity);
  const rightEdge = right.reduce((edge, segment) => Math.max(edge, segment.x1), -Infinity);
  // Two columns of text share the width; a label column and a column of numbers do not.
  const span = rightEdge - leftEdge;
  if (gutter.end - gutter.start > MAX_GUTTER * span) return null;
  if (gutter.start - leftEdge < MIN_COLUMN * span || rightEdge - gutter.end < MIN_COLUMN * span) return null;
  if (meanWidth(left, body) < MIN_FILL * (gutter.start - leftEdge)) return null;
  if (meanWidth(right, body) < MIN_FILL * (rightEdge - gutter.end)) return null;
  return gutter;
}

/** Which side of the gutter a stretch of text is on; `full` when it crosses the gutter's middle. */
export function sideOf(gutter: Gutter, x0: number, x1: number): 'left' | 'right' | 'full' {
  const middle = (gutter.start + gutter.end) / 2;
  if (x1 <= middle) return 'left';
  if (x0 >= middle) return 'right';
  return 'full';
}
