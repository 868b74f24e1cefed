import type { Code, Segment } from '../../../shared/domain';
import { codeLabel } from '../../../shared/domain/codeLabel';
import type { SegmentRange } from './layout';

/** The colour of a segment left without a code (kept for its judgement). */
export const UNCODED_COLOUR = '#8b97a2';

/** What the reader paints for one segment: its range, its codes' colours and labels, and its margin lane. */
export interface SegmentPaint extends SegmentRange {
  /** The colours of its codes, in the order they were applied (at least one). */
  colours: readonly string[];
  /** Its codes' labels, joined, for tooltips. */
  label: string;
  /** The column of the margin its bar stands in: overlapping segments never share one. */
  lane: number;
  /** Changes whenever anything painted for the segment changes, so unchanged chunks need not render again. */
  key: string;
}

/**
 * Gives every range a lane (0, 1, 2 …) so that ranges that overlap never share one, using as few lanes
 * as the deepest overlap needs: the longer of two ranges starting together gets the lower lane.
 */
export function assignLanes(ranges: readonly SegmentRange[]): Map<string, number> {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const laneEnds: number[] = [];
  const lanes = new Map<string, number>();
  for (const range of sorted) {
    let lane = laneEnds.findIndex((end) => end <= range.start);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = range.end;
    lanes.set(range.id, lane);
  }
  return lanes;
}

/** One segment's paint, in a given lane. */
export function paintOf(segment: Segment, codesById: ReadonlyMap<string, Code>, language: string, unknownLabel: string, lane: number): SegmentPaint {
  const codes = segment.codeIds.map((id) => codesById.get(id));
  const colours = codes.length > 0 ? codes.map((code) => code?.colour ?? UNCODED_COLOUR) : [UNCODED_COLOUR];
  const label = codes.map((code) => (code ? codeLabel(code, language) : unknownLabel)).join(', ');
  const { start, end } = segment.position;
  return { id: segment.id, start, end, colours, label, lane, key: `${start}:${end}:${lane}:${colours.join(',')}:${label}` };
}

/** A paint kept for a segment record, with what it depends on besides its lane and the codes: its range and its codes, in order. */
export interface CachedPaint {
  start: number;
  end: number;
  codeIds: readonly string[];
  paint: SegmentPaint;
}

function paintedAlike(cached: CachedPaint, segment: Segment): boolean {
  const { codeIds } = segment;
  if (cached.start !== segment.position.start || cached.end !== segment.position.end || cached.codeIds.length !== codeIds.length) return false;
  return cached.codeIds === codeIds || cached.codeIds.every((id, i) => id === codeIds[i]);
}

/**
 * The paint of every segment, in the order given. With a cache (kept while the codes and the language
 * stay the same), a segment painted before with the same range, codes and lane keeps its paint object,
 * even when the record comes back from the database as a new object: repainting after one change
 * allocates for the changed segments only (no strings are built to compare), and unchanged chunks compare equal at once.
 */
export function segmentPaints(
  segments: readonly Segment[],
  codesById: ReadonlyMap<string, Code>,
  language: string,
  unknownLabel: string,
  cache?: Map<string, CachedPaint>,
): SegmentPaint[] {
  const lanes = assignLanes(segments.map((segment) => ({ id: segment.id, start: segment.position.start, end: segment.position.end })));
  return segments.map((segment) => {
    const lane = lanes.get(segment.id) ?? 0;
    const cached = cache?.get(segment.id);
    if (cached && cached.paint.lane === lane && paintedAlike(cached, segment)) return cached.paint;
    const paint = paintOf(segment, codesById, language, unknownLabel, lane);
    cache?.set(segment.id, { start: segment.position.start, end: segment.position.end, codeIds: segment.codeIds, paint });
    return paint;
  });
}

/** Whether two chunks' paints are the same (same segments, painted the same), in the same order. */
export function samePaints(a: readonly SegmentPaint[], b: readonly SegmentPaint[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if ((a[i] as SegmentPaint).id !== (b[i] as SegmentPaint).id || (a[i] as SegmentPaint).key !== (b[i] as SegmentPaint).key) return false;
  return true;
}

/** How many lanes the margin needs for these paints. */
export function laneCount(paints: readonly SegmentPaint[]): number {
  let lanes = 0;
  for (const paint of paints) lanes = Math.max(lanes, paint.lane + 1);
  return lanes;
}

/** A coded piece of text as measured on screen: the segments covering it, its top and bottom in the chunk. */
export interface MeasuredPiece {
  ids: readonly string[];
  top: number;
  bottom: number;
}

/** Every segment's vertical extent in a chunk: from the top of its first piece to the bottom of its last. */
export function barExtents(pieces: readonly MeasuredPiece[]): Map<string, { top: number; bottom: number }> {
  const extents = new Map<string, { top: number; bottom: number }>();
  for (const piece of pieces) {
    for (const id of piece.ids) {
      const extent = extents.get(id);
      if (extent) {
        extent.top = Math.min(extent.top, piece.top);
        extent.bottom = Math.max(extent.bottom, piece.bottom);
      } else extents.set(id, { top: piece.top, bottom: piece.bottom });
    }
  }
  return extents;
}

/** Bar geometry in CSS pixels: the bar nearest the text is `BAR_GAP` from it, each further lane `BAR_PITCH` out. */
export const BAR_WIDTH = 4;
export const BAR_PITCH = 8;
export const BAR_GAP = 10;

/** The bar's distance from the text's left edge (its right side), for a lane. */
export function barOffset(lane: number): number {
  return BAR_GAP + lane * BAR_PITCH + BAR_WIDTH;
}

/** The margin the text needs on its left for `lanes` lanes of bars, at least `minimum`. */
export function marginFor(lanes: number, minimum: number): number {
  return Math.max(minimum, barOffset(Math.max(0, lanes - 1)) + 8);
}

/** A bar's fill: one colour, or equal bands of each code's colour from top to bottom. */
export function barFill(colours: readonly string[]): string {
  if (colours.length <= 1) return colours[0] ?? UNCODED_COLOUR;
  const step = 100 / colours.length;
  const stops = colours.map((colour, i) => `${colour} ${(i * step).toFixed(2)}% ${((i + 1) * step).toFixed(2)}%`);
  return `linear-gradient(to bottom, ${stops.join(', ')})`;
}

/**
 * The underlines of a coded piece: one band of 2px per segment covering it (the first code's colour),
 * stacked from the baseline up, so two overlapping segments read as two lines.
 */
export function underlines(paints: readonly SegmentPaint[]): string {
  return paints.map((paint, i) => `inset 0 -${2 * (i + 1)}px 0 ${paint.colours[0] ?? UNCODED_COLOUR}`).join(', ');
}

/** A hex colour (#rgb or #rrggbb) with an alpha; any other colour as it is. */
export function withAlpha(colour: string, alpha: number): string {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour)?.[1];
  if (!hex) return colour;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  const a = Math.round(Math.min(1, Math.max(0, alpha)) * 255)
    .toString(16)
    .padStart(2, '0');
  return `#${full}${a}`;
}
