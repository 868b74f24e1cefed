import { describe, expect, it } from 'vitest';
import { layerHighlights, piecesOf, type Highlight } from '../../../../shared/text/pieces';
import { seededRandom } from '../../../support/random';

describe('layerHighlights', () => {
  it('leaves pieces alone without highlights', () => {
    const pieces = piecesOf(0, 10, [{ id: 's', start: 2, end: 5 }]);
    expect(layerHighlights(pieces, [])).toEqual(pieces.map((p) => ({ ...p, highlight: null })));
  });

  it('cuts coded pieces at the edges of a match that straddles them, so both layers coexist', () => {
    const pieces = piecesOf(0, 10, [{ id: 's', start: 2, end: 6 }]);
    expect(layerHighlights(pieces, [{ id: 7, start: 4, end: 8 }])).toEqual([
      { start: 0, end: 2, segmentIds: [], highlight: null },
      { start: 2, end: 4, segmentIds: ['s'], highlight: null },
      { start: 4, end: 6, segmentIds: ['s'], highlight: 7 },
      { start: 6, end: 8, segmentIds: [], highlight: 7 },
      { start: 8, end: 10, segmentIds: [], highlight: null },
    ]);
  });

  it('handles matches at the edges, touching matches and matches outside the pieces', () => {
    const pieces = piecesOf(10, 20, []);
    expect(
      layerHighlights(pieces, [
        { id: 0, start: 0, end: 5 },
        { id: 1, start: 8, end: 12 },
        { id: 2, start: 12, end: 14 },
        { id: 3, start: 19, end: 25 },
      ]),
    ).toEqual([
      { start: 10, end: 12, segmentIds: [], highlight: 1 },
      { start: 12, end: 14, segmentIds: [], highlight: 2 },
      { start: 14, end: 19, segmentIds: [], highlight: null },
      { start: 19, end: 20, segmentIds: [], highlight: 3 },
    ]);
  });

  it('matches a brute-force oracle: same tiling, same segments, the highlight covering each position', () => {
    const random = seededRandom(99);
    for (let round = 0; round < 1000; round++) {
      const start = random.int(0, 20);
      const end = start + random.int(0, 30);
      const segments = Array.from({ length: random.int(0, 5) }, (_, i) => {
        const a = random.int(0, 55);
        return { id: `s${i}`, start: a, end: a + random.int(1, 15) };
      });
      const highlights: Highlight[] = [];
      for (let at = random.int(0, 6); at < 60; at += random.int(1, 8)) {
        const length = random.int(1, 6);
        highlights.push({ id: highlights.length, start: at, end: at + length });
        at += length;
      }
      const pieces = piecesOf(start, end, segments);
      const layered = layerHighlights(pieces, highlights);
      if (start === end) {
        expect(layered).toEqual([]);
        continue;
      }
      expect(layered[0]?.start).toBe(start);
      expect(layered[layered.length - 1]?.end).toBe(end);
      layered.forEach((piece, i) => {
        expect(piece.end).toBeGreaterThan(piece.start);
        if (i > 0) expect(piece.start).toBe(layered[i - 1]?.end);
        for (let position = piece.start; position < piece.end; position++) {
          const covering = segments.filter((s) => s.start <= position && position < s.end).map((s) => s.id);
          expect(piece.segmentIds).toEqual(covering);
          const highlight = highlights.find((h) => h.start <= position && position < h.end);
          expect(piece.highlight).toBe(highlight ? highlight.id : null);
        }
      });
    }
  });
});
