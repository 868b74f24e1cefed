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

/** A highlighted range (a find match) with the number it is known by; highlights never overlap. */
export interface Highlight {
  start: number;
  end: number;
  id: number;
}

/** A piece cut further at highlight boundaries: covered by the same segments and the same highlight throughout. */
export interface LayeredPiece extends Piece {
  /** The id of the highlight covering the piece, or null. */
  highlight: number | null;
}

/**
 * Lays a second layer of highlights (find matches) over segment pieces: every piece is cut at the
 * highlight boundaries inside it. `highlights` are sorted by start and do not overlap; those outside
 * the pieces are ignored. The result tiles the same range as `pieces`.
 */
export function layerHighlights(pieces: readonly Piece[], highlights: readonly Highlight[]): LayeredPiece[] {
  const layered: LayeredPiece[] = [];
  let h = 0;
  for (const piece of pieces) {
    while (h < highlights.length && (highlights[h] as Highlight).end <= piece.start) h++;
    let at = piece.start;
    let k = h;
    while (at < piece.end) {
      const next = highlights[k];
      if (!next || next.start >= piece.end) {
        layered.push({ start: at, end: piece.end, segmentIds: piece.segmentIds, highlight: null });
        break;
      }
      if (next.start > at) {
        layered.push({ start: at, end: next.start, segmentIds: piece.segmentIds, highlight: null });
        at = next.start;
      }
      const end = Math.min(next.end, piece.end);
      if (end > at) layered.push({ start: at, end, segmentIds: piece.segmentIds, highlight: next.id });
      at = Math.max(at, end);
      if (next.end <= piece.end) k++;
    }
  }
  return layered;
}
