import { describe, expect, it } from 'vitest';
import { DEFAULT_IMPORT_LIMITS } from '../../../shared/domain/importLimits';
import { importDocument } from '../../../shared/ingest/documents/importDocument';
import { comparableQuote, comparableWords, isPageNumberLine } from '../../../shared/text/comparableWords';
import { documentFingerprint, findTwin, MIN_SHINGLES, SKETCH_SIZE, textFingerprint, textSimilarity, TWIN_THRESHOLD } from '../../../shared/text/textSimilarity';
import { OTHER_REPORT, reportDocx, reportPdf, reportText } from '../../fixtures/twins/twinReports';
import { createNodePdfLoader } from '../../support/nodePdfLoader';

const options = (fileName: string) => ({ fileName, limits: DEFAULT_IMPORT_LIMITS, pdf: createNodePdfLoader() });

/** A long text of distinct sentences (n of them). */
function longText(n: number, seed = 0): string {
  return Array.from({ length: n }, (_, i) => `Mening ${i + seed} handlar om kommun ${(i * 7 + seed) % 290} och företag nummer ${i * 13 + seed}.`).join(' ');
}

describe('comparableWords', () => {
  it('drops page-number lines, joins words hyphenated at a line end, ignores case and punctuation', () => {
    expect(comparableWords('Nätverket VÄXER i utveck-\nlingen.\n12\n- 3 -\nSida 4 av 10\n5 (12)\nPage 6\nEU-projektet, 2021.')).toEqual([
      'nätverket',
      'växer',
      'i',
      'utvecklingen',
      'eu',
      'projektet',
      '2021',
    ]);
    expect(comparableQuote('Fler  anbud\u00ad kom\nin!')).toBe('fler anbud kom in');
  });

  it('keeps lines that merely start with a number', () => {
    expect(isPageNumberLine('12 företag deltog')).toBe(false);
    expect(isPageNumberLine('2024')).toBe(true);
    expect(isPageNumberLine('Sida 3 av 12')).toBe(true);
  });
});

describe('textSimilarity', () => {
  it('is 1 for the same text however it is spaced and hyphenated, 0 for texts with nothing in common', () => {
    const text = longText(40);
    expect(textSimilarity(textFingerprint(text), textFingerprint(text.replace(/ /g, ' \t ').replace(/kommun/g, 'kom-\nmun')))).toBe(1);
    expect(textSimilarity(textFingerprint(text), textFingerprint(text.toUpperCase()))).toBe(1);
    expect(textSimilarity(textFingerprint(text), textFingerprint(longText(40, 1000)))).toBe(0);
    expect(textSimilarity(textFingerprint(''), textFingerprint(text))).toBe(0);
  });

  it('is exact for small texts: one changed sentence of forty changes a known share of the shingles', () => {
    const a = longText(40);
    const b = a.replace('Mening 20 handlar', 'Stycke 20 beskriver');
    const fa = textFingerprint(a);
    const fb = textFingerprint(b);
    expect(fa.sketch.length).toBe(fa.shingles);
    // The first and the third word of a sentence changed: the 7 shingles over either differ in each text.
    const shared = fa.shingles - 7;
    expect(textSimilarity(fa, fb)).toBeCloseTo(shared / (fa.shingles + 7), 10);
  });

  it('estimates from the sketch for long texts, near the exact value', () => {
    const a = longText(2000);
    // Every tenth sentence rewritten (two of its twelve words): some 15 % of the shingles differ.
    const b = a.replace(/Mening (\d*0) handlar/g, 'Avsnitt $1 beskriver');
    const fa = textFingerprint(a);
    const fb = textFingerprint(b);
    expect(fa.shingles).toBeGreaterThan(SKETCH_SIZE * 10);
    expect(fa.sketch.length).toBe(SKETCH_SIZE);
    const exact = (() => {
      const shingles = (t: string) => {
        const w = comparableWords(t);
        return new Set(w.slice(0, -4).map((_, i) => w.slice(i, i + 5).join(' ')));
      };
      const x = shingles(a);
      const y = shingles(b);
      const both = [...x].filter((s) => y.has(s)).length;
      return both / (x.size + y.size - both);
    })();
    expect(exact).toBeGreaterThan(0.75);
    expect(exact).toBeLessThan(0.95);
    expect(Math.abs(textSimilarity(fa, fb) - exact)).toBeLessThan(0.05);
  });

  it('scores a PDF and a DOCX of the same report at 0.9 or more, and the project’s other report well below', async () => {
    const pdf = await importDocument(reportPdf(), options('delrapport.pdf'));
    const docx = await importDocument(reportDocx(), options('delrapport.docx'));
    const other = await importDocument(reportDocx(OTHER_REPORT), options('slutrapport.docx'));
    expect(pdf.format).toBe('pdf');
    expect(pdf.pageCount).toBeGreaterThanOrEqual(2);
    // The PDF has the header and page footers and hyphenated line ends the DOCX lacks.
    expect(pdf.text).toContain('Sida 1 av');
    const twin = textSimilarity(documentFingerprint(pdf), documentFingerprint(docx));
    expect(twin).toBeGreaterThanOrEqual(0.9);
    const sameText = textSimilarity(documentFingerprint(docx), textFingerprint(reportText()));
    expect(sameText).toBe(1);
    const different = textSimilarity(documentFingerprint(other), documentFingerprint(docx));
    expect(different).toBeGreaterThan(0);
    expect(different).toBeLessThan(0.3);
    expect(textSimilarity(documentFingerprint(other), documentFingerprint(pdf))).toBeLessThan(0.3);
  });
});

describe('findTwin', () => {
  const text = longText(60);
  const a = { id: 'a', duplicateOf: null, fingerprint: textFingerprint(text) };
  const b = { id: 'b', duplicateOf: 'a', fingerprint: textFingerprint(text) };
  const other = { id: 'c', duplicateOf: null, fingerprint: textFingerprint(longText(60, 500)) };

  it('finds the most similar document at or above the threshold, as the original of its twins', () => {
    expect(findTwin(textFingerprint(text), [other, a])).toEqual({ of: 'a', similarity: 1 });
    expect(findTwin(textFingerprint(text), [other, b])).toEqual({ of: 'a', similarity: 1 });
    const changed = textFingerprint(text.replace('Mening 30 handlar om', 'Stycket 30 gäller nog'));
    expect(findTwin(changed, [a])?.similarity).toBeGreaterThan(TWIN_THRESHOLD);
  });

  it('finds none among different texts, and none for a text too short to tell', () => {
    expect(findTwin(textFingerprint(text), [other])).toBeNull();
    const short = 'Kort text om projektet.';
    expect(textFingerprint(short).shingles).toBeLessThan(MIN_SHINGLES);
    expect(findTwin(textFingerprint(short), [{ id: 'd', duplicateOf: null, fingerprint: textFingerprint(short) }])).toBeNull();
  });
});
