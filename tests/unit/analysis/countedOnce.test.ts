import { describe, expect, it } from 'vitest';
import { countedOnce, repeatedPassages, twinRepeats, type CountedPassage, type TwinFacts } from '../../../shared/analysis/countedOnce';

let start = 0;
function passage(id: string, documentId: string, exact: string, codeIds: string[]): CountedPassage {
  start += 100;
  return { id, documentId, codeIds, quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start, end: start + exact.length } };
}

/** How many passages count for each code. */
function perCode(passages: readonly CountedPassage[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const p of passages) for (const id of p.codeIds) counts[id] = (counts[id] ?? 0) + 1;
  return counts;
}

// A is the PDF, B the DOCX of the same report (marked as its twin), D a third copy marked as the twin of
// B, C another report that happens to hold the same sentence.
const documents: TwinFacts[] = [
  { id: 'A', duplicateOf: null },
  { id: 'B', duplicateOf: 'A' },
  { id: 'C', duplicateOf: null },
  { id: 'D', duplicateOf: 'B' },
];
const segments = [
  passage('a1', 'A', 'Fler anbud kom in.', ['X', 'Y']),
  passage('a2', 'A', 'Nätverket växer.', ['X']),
  passage('a3', 'A', 'Fler anbud kom in.', ['X']),
  // The same sentence, extracted from the DOCX with other spacing and a soft hyphen.
  passage('b1', 'B', 'Fler  an\u00adbud kom\nin', ['X']),
  passage('b2', 'B', 'Nätverket växer.', ['Y']),
  passage('b3', 'B', 'Kommunerna samverkar.', ['X']),
  passage('c1', 'C', 'Fler anbud kom in.', ['X']),
  passage('d1', 'D', 'Fler anbud kom in.', ['Y', 'Z']),
];

describe('the counted-once rule of twins', () => {
  it('counts a passage coded alike in both twins once, and evidence coded in only one of them once', () => {
    // Without the rule: X 6, Y 3, Z 1.
    expect(perCode(segments)).toEqual({ X: 6, Y: 3, Z: 1 });
    const counted = countedOnce(segments, documents);
    // b1 repeats a1's X; d1 (twin of the twin) repeats a1's Y but adds Z; b2 and b3 are coded only in B.
    expect(perCode(counted)).toEqual({ X: 5, Y: 2, Z: 1 });
    expect(counted.map((s) => s.id)).toEqual(['a1', 'a2', 'a3', 'b2', 'b3', 'c1', 'd1']);
    expect(counted.find((s) => s.id === 'd1')?.codeIds).toEqual(['Z']);
    expect(twinRepeats(segments, documents)).toEqual(
      new Map([
        ['b1', new Set(['X'])],
        ['d1', new Set(['Y'])],
      ]),
    );
    expect(repeatedPassages(segments, documents)).toEqual(new Set(['b1']));
  });

  it('never takes two passages of one document, or of documents that are no twins, for each other', () => {
    const apart = documents.map((d) => ({ ...d, duplicateOf: null }));
    expect(countedOnce(segments, apart)).toEqual(segments);
    expect(perCode(countedOnce(segments, apart))).toEqual({ X: 6, Y: 3, Z: 1 });
    // a1 and a3 are the same sentence in A: both count.
    expect(countedOnce(segments, documents).filter((s) => s.documentId === 'A')).toHaveLength(3);
  });

  it('counts in the original whichever twin was coded first, and survives a cycle of marks', () => {
    const onlyTwin = [passage('b9', 'B', 'Fler anbud kom in.', ['X']), passage('a9', 'A', 'Fler anbud kom in.', ['X'])];
    expect(countedOnce(onlyTwin, documents).map((s) => s.id)).toEqual(['a9']);
    const cycle: TwinFacts[] = [
      { id: 'A', duplicateOf: 'B' },
      { id: 'B', duplicateOf: 'A' },
    ];
    expect(countedOnce(onlyTwin, cycle)).toHaveLength(1);
  });
});
