// renderReportDocx's options and edges: progress, cancel, English, no title page, and the small rules
// the blocks are laid out by (column widths, text on a fill, a chart's size, the groups of blocks).
import { describe, expect, it } from 'vitest';
import type { ReportDocument } from '../../../../shared/report/document/reportDocument';
import { fittedSize } from '../../../../shared/report/docx/chartBlock';
import { blockGroups, renderReportDocx } from '../../../../shared/report/docx/renderReport';
import { TEXT_WIDTH } from '../../../../shared/report/docx/reportStyles';
import { columnWidths, headerSize, inkOn } from '../../../../shared/report/docx/tableBlock';
import { logoSize } from '../../../../shared/report/docx/titlePage';
import { reportDocumentFixture } from '../../../fixtures/report/reportDocumentFixture';
import { part, zipParts } from '../docxParts';
import { rasterize, rendered } from './renderedFixture';

describe('renderReportDocx: progress and cancel', () => {
  it('reports progress per group of blocks, rising to the whole', async () => {
    const seen: [number, number][] = [];
    const doc = reportDocumentFixture({ logo: null });
    await renderReportDocx(doc, { rasterize, onProgress: (done, total) => seen.push([done, total]) });
    const total = blockGroups(doc.blocks).length + 1;
    expect(total).toBeGreaterThan(5);
    expect(seen).toEqual(Array.from({ length: total }, (_, i) => [i + 1, total]));
  });

  it('stops with an AbortError when the signal is aborted, before it or on the way', async () => {
    const doc = reportDocumentFixture({ logo: null });
    const before = new AbortController();
    before.abort();
    await expect(renderReportDocx(doc, { rasterize, signal: before.signal })).rejects.toMatchObject({ name: 'AbortError' });
    const during = new AbortController();
    const seen: number[] = [];
    const run = renderReportDocx(doc, {
      rasterize,
      signal: during.signal,
      onProgress: (done) => {
        seen.push(done);
        if (done === 2) during.abort();
      },
    });
    await expect(run).rejects.toBeInstanceOf(DOMException);
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).toEqual([1, 2]);
  });
});

describe('renderReportDocx in English, without a title page', async () => {
  const { html, parts } = await rendered({ language: 'en', logo: false });
  const english: ReportDocument = { ...reportDocumentFixture({ logo: null, language: 'en' }), titlePage: null };
  const untitled = zipParts(Buffer.from(await renderReportDocx(english, { rasterize })));

  it('sets quotes in English marks, tags the text en-GB and numbers pages "Page"', () => {
    expect(html).toMatch(/<blockquote><p>“Citat 1: /);
    expect(part(parts, 'word/styles.xml')).toContain('<w:lang w:val="en-GB"/>');
    const footers = [...parts.entries()].filter(([name]) => name.startsWith('word/footer')).map(([, xml]) => xml);
    expect(footers.some((xml) => xml.includes('Page '))).toBe(true);
  });

  it('without a title page has one section, the header from the first page, and no logo', () => {
    const documentXml = part(untitled, 'word/document.xml');
    expect([...documentXml.matchAll(/<w:sectPr>/g)]).toHaveLength(1);
    expect(documentXml).not.toContain('w:val="Title"');
    // The contents open the document, on its first page: no page break before them.
    expect(documentXml).toMatch(/<w:body><w:p><w:pPr><w:pStyle w:val="TOCHeading"\/>(?:(?!<\/w:pPr>).)*<\/w:pPr>/);
    expect(/<w:body><w:p><w:pPr>((?:(?!<\/w:pPr>).)*)<\/w:pPr>/.exec(documentXml)?.[1]).not.toContain('pageBreakBefore');
    expect([...untitled.keys()].filter((name) => name.startsWith('word/media/'))).toHaveLength(2);
  });
});

describe('the layout rules', () => {
  it('shares the text width out between the columns by their percentages', () => {
    expect(columnWidths([40, 30, 18, 12])).toEqual([40, 30, 18, 12].map((p) => Math.floor((TEXT_WIDTH * p) / 100)));
    expect(columnWidths([1, 1])).toEqual([Math.floor(TEXT_WIDTH / 2), Math.floor(TEXT_WIDTH / 2)]);
    expect(columnWidths([0, 0, 0])).toEqual(Array(3).fill(Math.floor(TEXT_WIDTH / 3)));
  });

  it('sets a header smaller, down to 7 pt, where its longest word would not fit its column', () => {
    const narrow = columnWidths([28, 14.4, 14.4, 14.4, 14.4, 14.4])[1] as number;
    expect(headerSize('Faktor', 3000)).toBe(19);
    expect(headerSize('Smart upphandling på Höglandet', narrow)).toBe(19);
    const smaller = headerSize('Kompetenslyft Mellanbygden', narrow);
    expect(smaller).toBeLessThan(19);
    expect(smaller).toBeGreaterThanOrEqual(14);
    // The longest word fits at that size, by the estimate's own width of a bold character.
    expect('Kompetenslyft'.length * 0.52 * 10 * smaller).toBeLessThanOrEqual(narrow - 160);
    expect(headerSize('Utvecklingsområdesansvarighetsförklaring', 600)).toBe(14);
  });

  it('writes white on dark fills and dark on light ones', () => {
    expect(inkOn('1A7F37')).toBe('FFFFFF');
    expect(inkOn('000000')).toBe('FFFFFF');
    expect(inkOn('ffffff')).toBe('1F2933');
    expect(inkOn('F2C744')).toBe('1F2933');
  });

  it('fits a chart to the text width, or less when it would be too tall, its aspect kept', () => {
    const wide = fittedSize(1520, 400);
    expect(wide.width).toBe(Math.floor(TEXT_WIDTH / 15));
    expect(wide.height / wide.width).toBeCloseTo(400 / 1520, 2);
    const tall = fittedSize(800, 4000);
    expect(tall.width).toBeLessThan(wide.width);
    expect(tall.height / tall.width).toBeCloseTo(5, 1);
  });

  it('shrinks a large logo into its box, its aspect kept, and never enlarges a small one', () => {
    expect(logoSize(1000, 500)).toEqual({ width: 180, height: 90 });
    expect(logoSize(440, 40)).toEqual({ width: 220, height: 20 });
    expect(logoSize(100, 50)).toEqual({ width: 100, height: 50 });
  });

  it('starts a group at each level-1 heading and after 40 blocks', () => {
    const paragraph = { kind: 'paragraph' as const, inlines: [{ text: 'x' }] };
    const h1 = { kind: 'heading' as const, level: 1 as const, text: 'H' };
    const groups = blockGroups([h1, ...Array(45).fill(paragraph), h1, paragraph]);
    expect(groups.map((g) => g.length)).toEqual([40, 6, 2]);
    expect(groups[2]?.[0]).toBe(h1);
    expect(blockGroups([])).toEqual([]);
  });
});

describe('renderReportDocx at the edges', () => {
  const words = { page: 'Sida' };

  it('drops the characters XML forbids from imported text, so Word opens the file', async () => {
    const doc: ReportDocument = {
      language: 'sv',
      title: 'Rapport\u0001',
      titlePage: null,
      blocks: [
        { kind: 'heading', level: 1, text: 'Rubrik\u000b' },
        { kind: 'quote', text: 'Ett\u0002 citat\ufffe ur en pdf\ud800', citation: 'Projekt\u0007, s. 2', evidenceNumber: 1, memo: 'Minne\u001f' },
        { kind: 'table', caption: 'Tabell\u0003', columns: [{ header: 'A\u0004', widthPercent: 100 }], rows: [[{ inlines: [{ text: 'cell\uffff' }] }]] },
      ],
      words,
    };
    const parts = zipParts(Buffer.from(await renderReportDocx(doc, { rasterize })));
    for (const name of ['word/document.xml', 'word/footnotes.xml', 'docProps/core.xml']) {
      // eslint-disable-next-line no-control-regex -- the characters XML forbids are what is looked for
      expect(part(parts, name)).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
    }
    expect(part(parts, 'word/document.xml')).toContain('”Ett citat ur en pdf”');
    expect(part(parts, 'word/footnotes.xml')).toContain('Projekt, s. 2');
  });

  it('writes a document without blocks, and a table without columns as its caption', async () => {
    const empty = zipParts(Buffer.from(await renderReportDocx({ language: 'en', title: 'Tom', titlePage: null, blocks: [], words }, { rasterize })));
    expect(part(empty, 'word/document.xml')).toMatch(/<w:body><w:p\/?>/);
    const noColumns: ReportDocument = { language: 'sv', title: 'T', titlePage: null, blocks: [{ kind: 'table', caption: 'Tom tabell', columns: [], rows: [] }], words };
    const parts = zipParts(Buffer.from(await renderReportDocx(noColumns, { rasterize })));
    expect(part(parts, 'word/document.xml')).toContain('Tom tabell');
    expect(part(parts, 'word/document.xml')).not.toContain('<w:tbl>');
  });
});
