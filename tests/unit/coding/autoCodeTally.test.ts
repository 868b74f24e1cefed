import { describe, expect, it } from 'vitest';
import { skippedCount, tallyAutoCoding } from '../../../shared/coding/autoCodeTally';
import type { Segment } from '../../../shared/domain';

const at = (documentId: string, start: number, end: number) => ({ segment: { documentId, position: { start, end } } as Segment, before: null });

describe('tallyAutoCoding', () => {
  it('writes one segment per place and counts every range left uncoded by its reason', () => {
    const { written, skipped } = tallyAutoCoding([
      at('d1', 0, 10),
      at('d1', 0, 10),
      at('d1', 20, 30),
      at('d2', 0, 10),
      { skipped: 'alreadyCoded' },
      { skipped: 'blank' },
      { skipped: 'documentGone' },
      { skipped: 'alreadyCoded' },
    ]);
    expect(written.map((w) => [w.segment.documentId, w.segment.position.start])).toEqual([
      ['d1', 0],
      ['d1', 20],
      ['d2', 0],
    ]);
    expect(skipped).toEqual({ alreadyCoded: 2, samePassage: 1, blank: 1, documentGone: 1 });
    expect(skippedCount(skipped)).toBe(5);
  });

  it('counts nothing when every range is written', () => {
    const { skipped } = tallyAutoCoding([at('d1', 0, 10)]);
    expect(skippedCount(skipped)).toBe(0);
  });
});
