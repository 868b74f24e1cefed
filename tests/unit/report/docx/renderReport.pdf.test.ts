// The report as a reader without Word sees it: rendered with LibreOffice to PDF, read with pdftotext.
// LibreOffice shows the table of contents as written (it does not update fields), so its page numbers are
// the estimates; they must match the pages the headings land on. Pages are also drawn as PNG (pdftoppm)
// under the work folder, kept when SPARBAR_KEEP_REPORT_PAGES is set, for a person to look at.
// Needs soffice, pdftotext and pdftoppm (Debian: libreoffice-writer-nogui, poppler-utils); skipped otherwise.
// The long report's check also needs Carlito (fonts-crosextra-carlito, which .ci/run installs): without it
// LibreOffice sets Calibri in a wider font and a long report drifts from the estimate.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { ReportBlock, ReportDocument } from '../../../../shared/report/document/reportDocument';
import { renderReportDocx } from '../../../../shared/report/docx/renderReport';
import { citationText, quoteText, RATINGS, reportDocumentFixture } from '../../../fixtures/report/reportDocumentFixture';
import { onPath } from '../../../support/onPath';
import { rasterize, rendered } from './renderedFixture';

const tools = { soffice: onPath('soffice'), pdftotext: onPath('pdftotext'), pdftoppm: onPath('pdftoppm') };
const missing = Object.entries(tools).filter(([, path]) => !path).map(([name]) => name).join(', ');
const skipReason = missing === '' ? '' : `skipped: ${missing} not on PATH (libreoffice-writer-nogui, poppler-utils)`;

const collapse = (text: string) => text.replace(/\s+/g, ' ');
/** Carlito has Calibri's metrics; without it LibreOffice sets the report in a wider font than Word. */
const carlito = (() => {
  const fcList = onPath('fc-list');
  if (!fcList) return false;
  return execFileSync(fcList, ['Carlito'], { encoding: 'utf8' }).includes('Carlito');
})();

/** The PDF's pages as text (pdftotext), from a .docx converted by LibreOffice in `work`. */
function pdfPages(work: string, name: string, bytes: Uint8Array): string[] {
  const docx = join(work, `${name}.docx`);
  writeFileSync(docx, bytes);
  // A private LibreOffice profile, so a running LibreOffice or a parallel test cannot lock it.
  const profile = pathToFileURL(join(work, 'profile')).href;
  execFileSync(tools.soffice as string, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, docx], {
    stdio: 'pipe',
    timeout: 240_000,
  });
  execFileSync(tools.pdftotext as string, ['-enc', 'UTF-8', join(work, `${name}.pdf`), join(work, `${name}.txt`)], { stdio: 'pipe' });
  return readFileSync(join(work, `${name}.txt`), 'utf8').split('\f');
}

/** Every heading's number in the contents (page 2 on) and the page it is on: [listed, actual]. */
function contentsAndPages(pages: readonly string[], headings: readonly string[]): Map<string, [number, number]> {
  const isOn = (page: string, heading: string) => page.split('\n').some((line) => line.trim() === heading);
  // The contents end where the first heading is (its entry there ends in dots and a number).
  const lastContentsPage = pages.findIndex((page, i) => i > 0 && isOn(page, headings[0] as string));
  const contents = pages.slice(1, lastContentsPage).join('\n');
  const found = new Map<string, [number, number]>();
  for (const heading of headings) {
    const entry = new RegExp(`^${heading.replace(/[()]/g, '\\$&')}[ .]*?(\\d+)\\s*$`, 'm').exec(contents);
    const actual = pages.findIndex((page, i) => i >= lastContentsPage && isOn(page, heading)) + 1;
    found.set(heading, [entry === null ? Number.NaN : Number(entry[1]), actual]);
  }
  return found;
}

describe('the rendered report in LibreOffice', () => {
  const work = mkdtempSync(join(tmpdir(), 'sparbar-report-docx-'));
  afterAll(() => {
    if (process.env.SPARBAR_KEEP_REPORT_PAGES === undefined) rmSync(work, { recursive: true, force: true });
  });

  it.skipIf(skipReason !== '')(skipReason || 'has the contents with page numbers that land, every citation and every rating label', async () => {
    const { doc, buffer } = await rendered();
    const pages = pdfPages(work, 'rapport', buffer);
    const pdf = join(work, 'rapport.pdf');
    const all = collapse(pages.join(' '));

    // The title page: no header, no page number.
    expect(pages[0]).toContain('Slututvärdering');
    expect(pages[0]).not.toMatch(/Sida \d/);
    expect(pages[2]).toContain('Sida 3');

    // The contents: every heading's line ends in a page number, the page the heading is on (±1).
    const headings = doc.blocks.flatMap((block) => (block.kind === 'heading' ? [block.text] : []));
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
    const pages = pdfPages(work, 'lang', await renderReportDocx(doc, { rasterize }));
    expect(pages.length).toBeGreaterThan(45);
    const headings = blocks.flatMap((block) => (block.kind === 'heading' ? [block.text] : []));
    const found = contentsAndPages(pages, headings);
    for (const [heading, [listed, actual]] of found) {
      expect(listed, `contents line for ${heading}`).not.toBeNaN();
      expect(Math.abs(listed - actual), `${heading}: listed ${listed}, on page ${actual}`).toBeLessThanOrEqual(2);
    }
  }, 300_000);
});
