// The report as a reader without Word sees it: rendered with LibreOffice to PDF, read with pdftotext.
// LibreOffice shows the table of contents as written (it does not update fields), so its page numbers are
// the estimates; they must match the pages the headings land on. Pages are also drawn as PNG (pdftoppm)
// under the work folder, kept when SPARBAR_KEEP_REPORT_PAGES is set, for a person to look at.
// Needs soffice, pdftotext and pdftoppm (Debian: libreoffice-writer-nogui, poppler-utils); skipped otherwise.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { citationText, RATINGS } from '../../../fixtures/report/reportDocumentFixture';
import { onPath } from '../../../support/onPath';
import { rendered } from './renderedFixture';

const tools = { soffice: onPath('soffice'), pdftotext: onPath('pdftotext'), pdftoppm: onPath('pdftoppm') };
const missing = Object.entries(tools).filter(([, path]) => !path).map(([name]) => name).join(', ');
const skipReason = missing === '' ? '' : `skipped: ${missing} not on PATH (libreoffice-writer-nogui, poppler-utils)`;

const collapse = (text: string) => text.replace(/\s+/g, ' ');

describe('the rendered report in LibreOffice', () => {
  const work = mkdtempSync(join(tmpdir(), 'sparbar-report-docx-'));
  afterAll(() => {
    if (process.env.SPARBAR_KEEP_REPORT_PAGES === undefined) rmSync(work, { recursive: true, force: true });
  });

  it.skipIf(skipReason !== '')(skipReason || 'has the contents with page numbers that land, every citation and every rating label', async () => {
    const { doc, buffer } = await rendered();
    const docx = join(work, 'rapport.docx');
    writeFileSync(docx, buffer);
    // A private LibreOffice profile, so a running LibreOffice or a parallel test cannot lock it.
    const profile = pathToFileURL(join(work, 'profile')).href;
    execFileSync(tools.soffice as string, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, docx], {
      stdio: 'pipe',
      timeout: 150_000,
    });
    const pdf = join(work, 'rapport.pdf');
    execFileSync(tools.pdftotext as string, ['-enc', 'UTF-8', pdf, join(work, 'rapport.txt')], { stdio: 'pipe' });
    const pages = readFileSync(join(work, 'rapport.txt'), 'utf8').split('\f');
    const all = collapse(pages.join(' '));

    // The title page: no header, no page number.
    expect(pages[0]).toContain('Slututvärdering');
    expect(pages[0]).not.toMatch(/Sida \d/);
    expect(pages[2]).toContain('Sida 3');

    // The contents: every heading's line ends in a page number, the page the heading is on (±1).
    const headings = doc.blocks.flatMap((block) => (block.kind === 'heading' ? [block.text] : []));
    const contents = pages[1] as string;
    for (const heading of headings) {
      const entry = new RegExp(`${heading.replace(/[()]/g, '\\$&')}[ .]*?(\\d+)\\s*$`, 'm').exec(contents);
      expect(entry, `contents line for ${heading}`).not.toBeNull();
      const listed = Number(entry?.[1]);
      const actual = pages.findIndex((page, i) => i > 1 && page.split('\n').some((line) => line.trim() === heading)) + 1;
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
});
