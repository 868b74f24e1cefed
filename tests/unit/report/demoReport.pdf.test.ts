// The demo evaluation's report as the commissioner's reader sees it without Word: the file `sparbar report`
// and the app write, converted by LibreOffice to PDF and read with pdftotext (see tests/support/reportPdf.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildReportDocument } from '../../../shared/report/model/buildReport';
import { renderReportDocx } from '../../../shared/report/docx/renderReport';
import { CONTENTS_LEVELS } from '../../../shared/report/docx/contentsLevels';
import { createNodeSvgRasterizer } from '../../../cli/nodeSvgRasterizer';
import { contentsAndPages, pdfPages, reportPdfTools } from '../../support/reportPdf';
import { demoInput, quotes } from './demoReport';

const { tools, skipReason, carlito, collapse } = reportPdfTools();

describe('the demo’s report in LibreOffice', () => {
  const work = mkdtempSync(join(tmpdir(), 'sparbar-demo-report-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it.skipIf(skipReason !== '')(skipReason || 'is a report of 15 pages or more, its contents numbered, every quote’s citation and every rating label on the pages', async () => {
    const document = buildReportDocument(demoInput('sv'));
    const pages = pdfPages(tools, work, 'demo', await renderReportDocx(document, { rasterize: createNodeSvgRasterizer() }));
    const all = collapse(pages.join(' '));
    expect(pages.filter((page) => page.trim() !== '').length).toBeGreaterThanOrEqual(15);

    // The sections in order, each listed in the contents with a page number near where it lands.
    const listed = document.blocks.flatMap((b) => (b.kind === 'heading' && b.level <= CONTENTS_LEVELS ? [b.text] : []));
    expect(listed.slice(0, 3)).toEqual(['Sammanfattning', 'Utvärderingen i siffror', 'Utvärderingens fynd']);
    for (const [heading, [number, actual]] of contentsAndPages(pages, listed)) {
      expect(number, `contents line for ${heading}`).not.toBeNaN();
      expect(actual, `${heading} is on a page`).toBeGreaterThan(2);
      expect(Math.abs(number - actual), `${heading}: listed ${number}, on page ${actual}`).toBeLessThanOrEqual(carlito ? 2 : 4);
    }

    // Every quote's citation is in a footnote, with the document's title and the page (compared without
    // spaces and hyphens: pdftotext joins a date broken at its hyphen at a line end).
    const bare = (text: string) => text.replace(/[\s-]+/g, '');
    const allBare = bare(all);
    const quoted = quotes(document.blocks);
    expect(quoted.length).toBeGreaterThan(20);
    for (const quote of quoted) {
      expect(quote.citation).toMatch(/, s\. \d+\. Belägg \d+\.$/);
      expect(allBare).toContain(bare(quote.citation));
    }
    // The factor tables write their ratings out; the matrix's categories carry the programme's rating.
    for (const label of ['Starkt', 'Delvis', 'Svagt', 'Saknas', 'Uppnått', 'Delvis uppnått', 'För tidigt att säga']) expect(all).toContain(label);
  }, 300_000);
});
