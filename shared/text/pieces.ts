/** A run of text inside a block, with the segments that cover all of it. */
export interface Piece {
  start: number;
  end: number;
  segmentIds: string[];
}

interface Range {
  id: string;
  start: number;
  end: number;
}

/**
 * Cuts the range [start, end) at every segment boundary inside it, so each piece is covered by the
 * same segments throughout. Overlapping segments give pieces covered by several.
 */
export function piecesOf(start: number, end: number, segments: readonly Range[]): Piece[] {
  const inside = segments.filter((s) => s.start < end && s.end > start);
  const cuts = new Set<number>([start, end]);
  for (const s of inside) {
    if (s.start > start) cuts.add(s.start);
    if (s.end < end) cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i] as number;
    const b = points[i + 1] as number;
    pieces.push({ start: a, end: b, segmentIds: inside.filter((s) => s.start <= a && s.end >= b).map((s) => s.id) });
  }
  return pieces;
}
