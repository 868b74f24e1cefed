import { describe, expect, it } from 'vitest';
import type { ReportBlock } from '../../../../shared/report/document/reportDocument';
import { estimateHeadingPages, lineCount } from '../../../../shared/report/docx/pageEstimate';

const h = (level: 1 | 2 | 3, text = `Rubrik ${level}`): ReportBlock => ({ kind: 'heading', level, text });
const paragraph = (chars: number): ReportBlock => ({ kind: 'paragraph', inlines: [{ text: 'å'.repeat(chars) }] });
const quote = (n: number): ReportBlock => ({ kind: 'quote', text: 'Ett citat om samverkan och lärande i projektet. '.repeat(4), citation: `Projekt ${n}, Slutrapport, s. ${n}`, evidenceNumber: n, memo: null });
const row = (text: string) => [{ inlines: [{ text }] }, { inlines: [{ text: 'x' }] }];
const table = (rows: number, cellText = 'kort'): ReportBlock => ({
  kind: 'table',
  caption: 'Tabell',
  columns: [{ header: 'A', widthPercent: 50 }, { header: 'B', widthPercent: 50 }],
  rows: Array.from({ length: rows }, () => row(cellText)),
});

describe('lineCount', () => {
  it('counts lines by the characters a width holds, each line break a line', () => {
    const font = { size: 11, spacing: 1.15 };
    expect(lineCount('kort', 9070, font)).toBe(1);
    expect(lineCount('a'.repeat(300), 9070, font)).toBe(4);
    expect(lineCount('a\nb\n', 9070, font)).toBe(3);
    expect(lineCount('a'.repeat(300), 4535, font)).toBeGreaterThan(lineCount('a'.repeat(300), 9070, font));
  });
});

describe('estimateHeadingPages', () => {
  it('starts the blocks on the given page and each level-1 heading on a page of its own', () => {
    expect(estimateHeadingPages([h(1), paragraph(100), h(2), h(1), h(1)], 2, new Map())).toEqual([2, 2, 3, 4]);
    expect(estimateHeadingPages([h(1), h(2)], 1, new Map())).toEqual([1, 1]);
  });

  it('moves on a page after a page break, and after the contents as long as its entries', () => {
    expect(estimateHeadingPages([paragraph(10), { kind: 'pageBreak' }, h(2)], 2, new Map())).toEqual([3]);
    const many = Array.from({ length: 60 }, (_, i) => h(2, `Del ${i}`));
    const pages = estimateHeadingPages([{ kind: 'contents', title: 'Innehåll' }, h(1), ...many], 2, new Map());
    // 61 entries of about 0.3 in need two pages of contents: the first heading is on page 4.
    expect(pages[0]).toBe(4);
  });

  it('fills pages with quotes and their footnotes: more quotes, more pages, never fewer', () => {
    const pagesFor = (n: number) => estimateHeadingPages([h(1), ...Array.from({ length: n }, (_, i) => quote(i)), h(1)], 1, new Map())[1] as number;
    expect(pagesFor(5)).toBe(2);
    const forty = pagesFor(40);
    expect(forty).toBeGreaterThanOrEqual(5);
    expect(forty).toBeLessThanOrEqual(7);
    expect(pagesFor(80) - 1).toBeGreaterThanOrEqual(2 * (forty - 1) - 1);
  });

  it('counts table rows by their tallest cell and a chart by its height', () => {
    const after = (block: ReportBlock) => estimateHeadingPages([h(1), block, h(2)], 1, new Map([[1, 13000]]))[1];
    expect(after(table(10))).toBe(1);
    expect(after(table(60))).toBe(2);
    expect(after(table(30, 'lång text i en smal kolumn '.repeat(6)))).toBeGreaterThan(2);
    expect(after({ kind: 'chart', svg: '', alt: '', caption: 'Figur' })).toBe(2);
  });

  it('keeps a heading with what follows it: one at the foot of a page goes to the next', () => {
    // Fill a page to within a few lines of its end, then a heading and a paragraph.
    const filler = paragraph(92 * 40);
    const pages = estimateHeadingPages([h(1), filler, h(2), paragraph(600)], 1, new Map());
    expect(pages).toEqual([1, 2]);
  });
});
