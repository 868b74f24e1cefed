// The report as a reader without Word sees it: rendered with LibreOffice to PDF, read with pdftotext.
// LibreOffice shows the table of contents as written (it does not update fields), so its page numbers are
// the estimates; they must match the pages the headings land on. Pages are also drawn as PNG (pdftoppm)
// under the work folder, kept when SPARBAR_KEEP_REPORT_PAGES is set, for a person to look at.
// Needs soffice, pdftotext and pdftoppm (Debian: libreoffice-writer-nogui, poppler-utils); skipped otherwise.
// The long report's check also needs Carlito (fonts-crosextra-carlito, which .ci/run installs): without it
// LibreOffice sets Calibri in a wider font and a long report drifts from the estimate.
import { CONTENTS_LEVELS } from '../../../../shared/report/docx/contentsLevels';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ReportBlock, ReportDocument } from '../../../../shared/report/document/reportDocument';
import { renderReportDocx } from '../../../../shared/report/docx/renderReport';
import { citationText, quoteText, RATINGS, reportDocumentFixture } from '../../../fixtures/report/reportDocumentFixture';
import { rasterize, rendered } from './renderedFixture';
import { contentsAndPages, pdfPages, reportPdfTools } from '../../../support/reportPdf';

const { tools, skipReason, collapse, carlito } = reportPdfTools();

describe('the rendered report in LibreOffice', () => {
  const work = mkdtempSync(join(tmpdir(), 'sparbar-report-docx-'));
  afterAll(() => {
    if (process.env.SPARBAR_KEEP_REPORT_PAGES === undefined) rmSync(work, { recursive: true, force: true });
  });

  it.skipIf(skipReason !== '')(skipReason || 'has the contents with page numbers that land, every citation and every rating label', async () => {
    const { doc, buffer } = await rendered();
    const pages = pdfPages(tools, work, 'rapport', buffer);
    const pdf = join(work, 'rapport.pdf');
    const all = collapse(pages.join(' '));

    // The title page: no header, no page number.
    expect(pages[0]).toContain('Slututvärdering');
    expect(pages[0]).not.toMatch(/Sida \d/);
    expect(pages[2]).toContain('Sida 3');

    // The contents: every listed heading's line (levels 1 and 2) ends in a page number, the page the heading is on (±1).
    const headings = doc.blocks.flatMap((block) => (block.kind === 'heading' && block.level <= CONTENTS_LEVELS ? [block.text] : []));
    for (const [heading, [listed, actual]] of contentsAndPages(pages, headings)) {
      expect(listed, `contents line for ${heading}`).not.toBeNaN();
      expect(actual, `${heading} is on a page`).toBeGreaterThan(2);
      expect(Math.abs(listed - actual), `${heading}: listed ${listed}, on page ${actual}`).toBeLessThanOrEqual(1);
    }

    // Every quote's citation is in a footnote on the page; the ratings are written in the table.
    for (let n = 1; n <= 30; n += 1) expect(all).toContain(collapse(citationText(n)));
    for (const rating of RATINGS) expect(all).toContain(rating.label);
    expect(all).toContain('Tabell 1. Framgångsfaktorer per projekt');
    expect(all).toContain('Figur 2. Bedömningar per faktor');

    // A few pages as pictures, for a person to look at (see the header).
    execFileSync(tools.pdftoppm as string, ['-png', '-r', '50', '-f', '1', '-l', '12', pdf, join(work, 'page')], { stdio: 'pipe' });
    expect(readdirSync(work).filter((name) => name.startsWith('page-')).length).toBeGreaterThanOrEqual(10);
  }, 200_000);

  const longReason = skipReason || (carlito ? '' : 'skipped: the font Carlito (fonts-crosextra-carlito) is not installed');
  it.skipIf(longReason !== '')(longReason || 'lists the pages of a 50-page report within a page or two', async () => {
    const base = reportDocumentFixture({ logo: null });
    const blocks: ReportBlock[] = [...base.blocks];
    for (let part = 0; part < 20; part += 1) {
      blocks.push({ kind: 'heading', level: part % 5 === 0 ? 1 : 2, text: `Delområde ${part + 1}` });
      for (let q = 0; q < 15; q += 1) {
        const n = part * 15 + q;
        blocks.push({ kind: 'quote', text: quoteText(n), citation: citationText(n), evidenceNumber: n, memo: n % 7 === 0 ? `Minne ${n}` : null });
      }
    }
    const doc: ReportDocument = { ...base, blocks };
    const pages = pdfPages(tools, work, 'lang', await renderReportDocx(doc, { rasterize }));
    expect(pages.length).toBeGreaterThan(45);
    const headings = blocks.flatMap((block) => (block.kind === 'heading' && block.level <= CONTENTS_LEVELS ? [block.text] : []));
    const found = contentsAndPages(pages, headings);
    for (const [heading, [listed, actual]] of found) {
      expect(listed, `contents line for ${heading}`).not.toBeNaN();
      expect(Math.abs(listed - actual), `${heading}: listed ${listed}, on page ${actual}`).toBeLessThanOrEqual(2);
    }
  }, 300_000);
});
