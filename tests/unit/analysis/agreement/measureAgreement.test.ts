import { describe, expect, it } from 'vitest';
import { measureAgreement } from '../../../../shared/analysis/agreement/measureAgreement';
import type { AgreementPassage } from '../../../../shared/analysis/agreement/codedSpans';
import { agreementDocuments, codersOf, currentDocumentIds, documentsCodedBy } from '../../../../shared/analysis/agreement/agreementChoice';

const p = (documentId: string, coder: string, codeIds: string[], start: number, end: number, extra: Partial<AgreementPassage> = {}): AgreementPassage => ({
  documentId,
  coder,
  codeIds,
  position: { type: 'TextPositionSelector', start, end },
  ...extra,
});

// Two documents of 100 characters, blocks of 20 characters each.
const blocks = [0, 20, 40, 60, 80].map((start) => ({ start, end: start + 20 }));
const documents = [
  { id: 'd1', length: 100, blocks },
  { id: 'd2', length: 100, blocks },
];

const passages = [
  // Code x: A and B both in d1 (blocks 0 and 1 for A, block 0 for B); only A in d2.
  p('d1', 'A', ['x'], 0, 30),
  p('d1', 'B', ['x'], 10, 20),
  p('d2', 'A', ['x'], 40, 50),
  // Code y: B alone in d2; A coded d2 (with x), so A's "no y" counts.
  p('d2', 'B', ['y'], 60, 70),
  // Someone else's and the shared coding's passages are not a coder's.
  p('d1', 'C', ['x'], 50, 60),
  p('d1', 'A', ['x'], 80, 90, { consensus: true }),
];

describe('measureAgreement: the units', () => {
  it('document: the code present in the document or not', () => {
    const m = measureAgreement({ unit: 'document', coders: ['A', 'B'], documents, passages });
    const x = m.before.codes.find((c) => c.codeId === 'x');
    // d1: A 1, B 1; d2: A 1, B 0 -> 2 units, 1 disagreement.
    expect(x).toMatchObject({ units: 2, disagreements: 1, percent: 0.5 });
    const y = m.before.codes.find((c) => c.codeId === 'y');
    // d1: 0, 0; d2: 0, 1.
    expect(y).toMatchObject({ units: 2, disagreements: 1, percent: 0.5 });
    expect(m.before.overall).toMatchObject({ units: 4, disagreements: 2, percent: 0.5 });
    // Pooled 2x2: (1,1) 1, (1,0) 1, (0,1) 1, (0,0) 1 -> po 0.5, pe 0.5, kappa 0.
    expect(m.before.overall.kappa).toBeCloseTo(0, 12);
    expect(m.disagreements.map((d) => [d.documentId, d.codeId, d.values])).toEqual([
      ['d2', 'x', [1, 0]],
      ['d2', 'y', [0, 1]],
    ]);
  });

  it('paragraph: each block with the code on any of its characters or not', () => {
    const m = measureAgreement({ unit: 'paragraph', coders: ['A', 'B'], documents, passages });
    const x = m.before.codes.find((c) => c.codeId === 'x');
    // d1: block 0 (1,1), block 1 (1,0), blocks 2-4 (0,0); d2: block 2 (1,0), others (0,0).
    expect(x).toMatchObject({ units: 10, disagreements: 2, percent: 0.8 });
    // po 0.8; A has 3 of 10, B 1 of 10: pe = 0.3*0.1 + 0.7*0.9 = 0.66; kappa = 0.14/0.34.
    expect(x?.kappa).toBeCloseTo(0.14 / 0.34, 12);
  });

  it('character: characters coded by A, by B, by both and by neither, as NVivo counts them', () => {
    const m = measureAgreement({ unit: 'character', coders: ['A', 'B'], documents, passages });
    const x = m.before.codes.find((c) => c.codeId === 'x');
    // d1: both 10-20 (10), A only 0-10 and 20-30 (20), neither 70; d2: A only 40-50 (10), neither 90.
    expect(x).toMatchObject({ units: 200, disagreements: 30, percent: 170 / 200 });
    // A 40 of 200, B 10 of 200: pe = 0.2*0.05 + 0.8*0.95 = 0.77; kappa = (0.85-0.77)/0.23.
    expect(x?.kappa).toBeCloseTo(0.08 / 0.23, 12);
    // Runs in a row where the coders differ are one disagreement; A's 0-10 and 20-30 are apart.
    expect(m.disagreements.filter((d) => d.codeId === 'x').map((d) => [d.documentId, d.start, d.end])).toEqual([
      ['d1', 0, 10],
      ['d1', 20, 30],
      ['d2', 40, 50],
    ]);
  });

  it('leaves a document one coder did not code as missing data (alpha), not as "absent"', () => {
    const m = measureAgreement({ unit: 'document', coders: ['A', 'C'], documents, passages });
    // C coded only d1: d2's values for C are missing, so only d1 is compared.
    expect(m.before.codes.find((c) => c.codeId === 'x')).toMatchObject({ units: 1, disagreements: 0, percent: 1 });
  });

  it('gives no kappa for three coders but alpha and percent', () => {
    const m = measureAgreement({ unit: 'paragraph', coders: ['A', 'B', 'C'], documents, passages });
    expect(m.before.overall.kappa).toBeNull();
    expect(m.before.overall.alpha).not.toBeNull();
    expect(m.before.overall.percent).not.toBeNull();
  });
});

describe('measureAgreement: before and after resolution', () => {
  it('takes the shared coding\'s decisions for every coder after, and marks the disagreements resolved', () => {
    const resolved = [
      ...passages,
      // Keep x on d2 40-50, drop y on d2 60-70.
      p('d2', 'Eva', ['x'], 40, 50, { consensus: true, droppedCodeIds: [] }),
      p('d2', 'Eva', [], 60, 70, { consensus: true, droppedCodeIds: ['y'] }),
    ];
    const m = measureAgreement({ unit: 'document', coders: ['A', 'B'], documents, passages: resolved });
    expect(m.before.overall).toMatchObject({ units: 4, disagreements: 2 });
    expect(m.after.overall).toMatchObject({ units: 4, disagreements: 0, percent: 1 });
    expect(m.disagreements.map((d) => [d.codeId, d.resolution])).toEqual([
      ['x', 'kept'],
      ['y', 'dropped'],
    ]);
    const open = measureAgreement({ unit: 'document', coders: ['A', 'B'], documents, passages });
    expect(open.disagreements.every((d) => d.resolution === null)).toBe(true);
    expect(open.after).toEqual(open.before);
  });

  it('shows each coder\'s codes in the unit side by side', () => {
    const m = measureAgreement({ unit: 'document', coders: ['A', 'B'], documents, passages });
    expect(m.disagreements[0]?.codesByCoder).toEqual([['x'], ['y']]);
  });
});

describe('choosing coders and documents', () => {
  it('lists the coders who coded themselves, and the documents two or more of the chosen coders coded', () => {
    expect(codersOf(passages)).toEqual(['A', 'B', 'C']);
    expect([...documentsCodedBy(passages, ['A', 'B'])]).toEqual([
      ['d1', ['A', 'B']],
      ['d2', ['A', 'B']],
    ]);
    expect([...documentsCodedBy(passages, ['B', 'C'])]).toEqual([['d1', ['B', 'C']]]);
    expect([...documentsCodedBy(passages, ['A'])]).toEqual([]);
  });

  it('compares only documents no newer version has replaced, on the screen and the command line alike', () => {
    const current = currentDocumentIds([
      { id: 'd1', supersededBy: null },
      { id: 'd2', supersededBy: 'd3' },
      { id: 'd3', supersededBy: null },
    ]);
    expect([...current]).toEqual(['d1', 'd3']);
  });

  it('reads each chosen document\'s length and blocks from its text, in the order chosen', () => {
    const texts = [
      { documentId: 'd1', evaluationId: 'e', text: 'abc\ndef', blocks: [{ id: 'b1', kind: 'paragraph' as const, level: null, page: null, start: 0, end: 3 }] },
      { documentId: 'd2', evaluationId: 'e', text: 'x', blocks: [] },
    ];
    expect(agreementDocuments(texts, ['d2', 'd1', 'gone'])).toEqual([
      { id: 'd2', length: 1, blocks: [] },
      { id: 'd1', length: 7, blocks: [{ start: 0, end: 3 }] },
    ]);
  });
});
