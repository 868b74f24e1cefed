import { describe, expect, it } from 'vitest';
import { buildParagraphs, type HeadingLevelOf } from '../../../../../shared/ingest/documents/pdf/pdfParagraphs';
import type { PdfLine } from '../../../../../shared/ingest/documents/pdf/pdfTypes';
import { line } from './synthetic';

const bodyOnly: HeadingLevelOf = () => null;
const byStep = (lines: string[], options: { x?: number; step?: number; y?: number } = {}) =>
  lines.map((text, index) => line(text, options.x ?? 50, (options.y ?? 700) - index * (options.step ?? 12)));
/** Lines of a justified paragraph: every one ends at x = 300 (the last may end short). */
const justified = (texts: string[], y: number, x0 = 50): PdfLine[] => texts.map((text, index) => ({ ...line(text, x0, y - index * 12), x1: 300 }));
const texts = (lines: PdfLine[], levelOf: HeadingLevelOf = bodyOnly) => buildParagraphs(lines, levelOf).map((paragraph) => paragraph.text);

describe('buildParagraphs', () => {
  it('joins lines with the usual spacing and breaks at a bigger gap', () => {
    const lines = [...justified(['Första stycket börjar här och', 'fortsätter på nästa rad.'], 700), ...justified(['Andra stycket efter en lucka.'], 660)];
    expect(texts(lines)).toEqual(['Första stycket börjar här och fortsätter på nästa rad.', 'Andra stycket efter en lucka.']);
  });

  it('breaks at an indented first line but not at a hanging indent', () => {
    const lines = [
      ...justified(['Ett stycke som går över', 'två rader och slutar.'], 700),
      ...justified(['Ett nytt stycke med indrag', 'som fortsätter.'], 676, 62).map((l, i) => (i === 1 ? { ...l, x0: 50 } : l)),
    ];
    expect(texts(lines)).toEqual(['Ett stycke som går över två rader och slutar.', 'Ett nytt stycke med indrag som fortsätter.']);
    const hanging = [{ ...line('[1] A. Författare. En titel som', 50, 700), x1: 300 }, { ...line('fortsätter med indrag.', 62, 688), x1: 300 }];
    expect(texts(hanging)).toEqual(['[1] A. Författare. En titel som fortsätter med indrag.']);
  });

  it('breaks after a line that ended short although the next word would have fitted', () => {
    const lines = [{ ...line('Rad ett går ända ut', 50, 700), x1: 300 }, line('Kort rad.', 50, 688), { ...line('Nästa stycke utan luft', 50, 676), x1: 300 }];
    expect(texts(lines)).toEqual(['Rad ett går ända ut Kort rad.', 'Nästa stycke utan luft']);
  });

  it('starts a paragraph at a bullet', () => {
    expect(texts(byStep(['Inledning:', '• första punkten', '• andra punkten']))).toEqual(['Inledning:', '• första punkten', '• andra punkten']);
  });

  it('rejoins words broken at line ends', () => {
    const lines = justified(['Den regionala utveck-', 'lingen och ett EU-', 'projekt i Skåne-', 'Blekinge.'], 700);
    expect(texts(lines)).toEqual(['Den regionala utvecklingen och ett EU-projekt i Skåne-Blekinge.']);
  });

  it('rejoins a word at a soft hyphen pdf.js dropped from a justified line', () => {
    // The line stops a hyphen's width (3.3 pt at 10 pt) short of the margin at 300, in the middle of "utvecklingen".
    const lines = [...justified(['En rad som når marginalen', 'Den regionala', 'en rad till som når ut'], 700)];
    lines[1] = { ...lines[1]!, text: 'Den regionala utveck', x1: 296.7 };
    lines[2] = { ...lines[2]!, text: 'lingen bygger på samverkan' };
    expect(texts(lines)).toEqual(['En rad som når marginalen Den regionala utvecklingen bygger på samverkan']);
  });

  it('makes headings of big lines, one per size run, and joins heading lines that wrap', () => {
    const levelOf: HeadingLevelOf = (size) => (size >= 18 ? 1 : size >= 13 ? 2 : null);
    const lines = [
      line('En lång titel som', 50, 760, { size: 20 }),
      line('går över två rader', 50, 736, { size: 20 }),
      line('1.1 Bakgrund', 50, 700, { size: 14 }),
      line('Brödtext under rubriken.', 50, 680),
    ];
    expect(buildParagraphs(lines, levelOf)).toEqual([
      { kind: 'heading', level: 1, text: 'En lång titel som går över två rader' },
      { kind: 'heading', level: 2, text: '1.1 Bakgrund' },
      { kind: 'paragraph', level: null, text: 'Brödtext under rubriken.' },
    ]);
  });

  it('does not make a heading of a long block of big text', () => {
    const levelOf: HeadingLevelOf = (size) => (size >= 13 ? 1 : null);
    const long = Array.from({ length: 6 }, (_, i) => line(`En lång ingress i stor stil, rad ${i + 1} av sex rader`, 50, 700 - i * 18, { size: 14 }));
    expect(buildParagraphs(long, levelOf).map((paragraph) => paragraph.kind)).toEqual(['paragraph']);
  });

  it('goes on from the left column into the right, but not into a listing in another font', () => {
    const left = justified(['Texten i vänster spalt slutar', 'mitt i en mening och'], 700).map((l) => ({ ...l, column: 'left' as const }));
    const right = [{ ...line('fortsätter i höger spalt.', 320, 712), x1: 570, column: 'right' as const }];
    expect(texts([...left, ...right])).toEqual(['Texten i vänster spalt slutar mitt i en mening och fortsätter i höger spalt.']);
    const listing = [{ ...right[0]!, text: '1 for (var i = 2; i < 100; ++i) {', font: 'mono' }];
    expect(texts([...left, ...listing])).toHaveLength(2);
  });
});
