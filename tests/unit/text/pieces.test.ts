import { describe, expect, it } from 'vitest';
import { piecesOf, type Piece } from '../../../shared/text/pieces';
import { seededRandom } from '../../support/random';

interface Range {
  id: string;
  start: number;
  end: number;
}

function seg(id: string, start: number, end: number): Range {
  return { id, start, end };
}

/** Brute force: the ids of the segments covering one UTF-16 position, in input order. */
function coveringAt(position: number, segments: readonly Range[]): string[] {
  return segments.filter((s) => s.start <= position && position < s.end).map((s) => s.id);
}

function checkAgainstOracle(start: number, end: number, segments: readonly Range[], pieces: Piece[]): void {
  if (start >= end) {
    expect(pieces).toEqual([]);
    return;
  }
  // The pieces tile [start, end) exactly: no gap, no overlap, none empty.
  expect(pieces[0]?.start).toBe(start);
  expect(pieces[pieces.length - 1]?.end).toBe(end);
  pieces.forEach((piece, index) => {
    expect(piece.start).toBeLessThan(piece.end);
    if (index > 0) expect(piece.start).toBe(pieces[index - 1]?.end);
  });
  // Each piece is covered by exactly its segmentIds at every position.
  for (const piece of pieces) {
    for (let position = piece.start; position < piece.end; position++) {
      expect(piece.segmentIds).toEqual(coveringAt(position, segments));
    }
  }
  // Pieces are as large as they can be: neighbours differ in their segments.
  for (let i = 1; i < pieces.length; i++) {
    expect(pieces[i]?.segmentIds).not.toEqual(pieces[i - 1]?.segmentIds);
  }
}

describe('piecesOf', () => {
  it('gives one uncovered piece without segments', () => {
    expect(piecesOf(10, 20, [])).toEqual([{ start: 10, end: 20, segmentIds: [] }]);
  });

  it('gives no pieces for an empty range', () => {
    expect(piecesOf(5, 5, [seg('a', 0, 10)])).toEqual([]);
  });

  it('cuts at a segment inside the range', () => {
    expect(piecesOf(0, 10, [seg('a', 3, 6)])).toEqual([
      { start: 0, end: 3, segmentIds: [] },
      { start: 3, end: 6, segmentIds: ['a'] },
      { start: 6, end: 10, segmentIds: [] },
    ]);
  });

  it('handles nested segments', () => {
    expect(piecesOf(0, 10, [seg('outer', 1, 9), seg('inner', 3, 5)])).toEqual([
      { start: 0, end: 1, segmentIds: [] },
      { start: 1, end: 3, segmentIds: ['outer'] },
      { start: 3, end: 5, segmentIds: ['outer', 'inner'] },
      { start: 5, end: 9, segmentIds: ['outer'] },
      { start: 9, end: 10, segmentIds: [] },
    ]);
  });

  it('handles overlapping segments', () => {
    expect(piecesOf(0, 10, [seg('a', 2, 6), seg('b', 4, 8)])).toEqual([
      { start: 0, end: 2, segmentIds: [] },
      { start: 2, end: 4, segmentIds: ['a'] },
      { start: 4, end: 6, segmentIds: ['a', 'b'] },
      { start: 6, end: 8, segmentIds: ['b'] },
      { start: 8, end: 10, segmentIds: [] },
    ]);
  });

  it('keeps touching segments apart', () => {
    expect(piecesOf(0, 6, [seg('a', 0, 3), seg('b', 3, 6)])).toEqual([
      { start: 0, end: 3, segmentIds: ['a'] },
      { start: 3, end: 6, segmentIds: ['b'] },
    ]);
  });

  it('clips segments that reach outside the range and ignores those entirely outside', () => {
    expect(piecesOf(10, 20, [seg('before', 0, 10), seg('after', 20, 30), seg('left', 5, 12), seg('right', 18, 25), seg('all', 0, 100)])).toEqual([
      { start: 10, end: 12, segmentIds: ['left', 'all'] },
      { start: 12, end: 18, segmentIds: ['all'] },
      { start: 18, end: 20, segmentIds: ['right', 'all'] },
    ]);
  });

  it('lists identical segments together', () => {
    expect(piecesOf(0, 4, [seg('a', 1, 3), seg('b', 1, 3)])).toEqual([
      { start: 0, end: 1, segmentIds: [] },
      { start: 1, end: 3, segmentIds: ['a', 'b'] },
      { start: 3, end: 4, segmentIds: [] },
    ]);
  });

  it('matches a brute-force oracle on 1,000 random cases', () => {
    const random = seededRandom(12345);
    for (let round = 0; round < 1000; round++) {
      const start = random.int(0, 30);
      const end = start + random.int(0, 30);
      const segments = Array.from({ length: random.int(0, 8) }, (_, i) => {
        const a = random.int(0, 70);
        return seg(`s${i}`, a, a + random.int(1, 25));
      });
      checkAgainstOracle(start, end, segments, piecesOf(start, end, segments));
    }
  });
});
