// The importer on a PDF that LibreOffice writes, as a real word processor's export. Needs `soffice` on PATH
// (Debian: libreoffice-writer-nogui; CI installs it); skipped with the reason otherwise.
// Fonts decide the layout (a report that takes three pages in DejaVu Serif takes two in Liberation Serif), so
// the report is written once per font family below with that family pinned, for each family installed
// (.ci/run installs them all); the PDF is checked to embed the family asked for.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_IMPORT_LIMITS } from '../../../../../shared/domain/importLimits';
import { importPdf } from '../../../../../shared/ingest/documents/pdf/importPdf';
import { LO_HEADER, libreOfficeReport } from '../../../../fixtures/pdf/libreOfficeReport';
import { createNodePdfLoader } from '../../../../support/nodePdfLoader';
import { onPath } from '../../../../support/onPath';

const soffice = onPath('soffice');

/** Font families as LibreOffice's users have them: its recommended fonts, Debian's default and Calibri's twin. */
const FONTS = [
  { family: 'Liberation Serif', embedded: 'LiberationSerif', debian: 'fonts-liberation2' },
  { family: 'DejaVu Serif', embedded: 'DejaVuSerif', debian: 'fonts-dejavu-core' },
  { family: 'Carlito', embedded: 'Carlito', debian: 'fonts-crosextra-carlito' },
];

/** The font families fontconfig knows on this machine (none where fc-list is missing). */
function installedFamilies(): Set<string> {
  if (onPath('fc-list') === null) return new Set();
  const listed = execFileSync('fc-list', [':', 'family'], { encoding: 'utf8' });
  return new Set(listed.split('\n').flatMap((line) => line.split(',').map((family) => family.trim())));
}

/** The font families a PDF embeds: subset prefixes ("BAAAAA+") and styles ("-Bold") taken off. */
function embeddedFonts(pdf: Uint8Array): Set<string> {
  const names = Buffer.from(pdf).toString('latin1').matchAll(/\/BaseFont\s*\/(?:[A-Z]{6}\+)?([A-Za-z0-9]+)/g);
  return new Set([...names].map((match) => match[1] ?? ''));
}

const installed = installedFamilies();

describe('a report exported to PDF by LibreOffice', () => {
  const work = mkdtempSync(join(tmpdir(), 'sparbar-pdf-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  for (const { family, embedded, debian } of FONTS) {
    const missing = soffice === null ? 'soffice (libreoffice-writer-nogui) not on PATH' : installed.has(family) ? null : `${family} not installed (Debian: ${debian})`;
    it.skipIf(missing !== null)(missing === null ? `imports a LibreOffice PDF export in ${family}` : `skipped in ${family}: ${missing}`, async () => {
      const report = libreOfficeReport(family);
      writeFileSync(join(work, 'rapport.fodt'), report.fodt);
      // A private LibreOffice profile, so a running LibreOffice or a parallel test cannot lock it.
      const profile = pathToFileURL(join(work, 'profile')).href;
      execFileSync(soffice as string, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, join(work, 'rapport.fodt')], {
        stdio: 'pipe',
        timeout: 120_000,
      });
      const bytes = new Uint8Array(readFileSync(join(work, 'rapport.pdf')));
      // The family asked for, and nothing else (the bullets are OpenSymbol's).
      expect(embeddedFonts(bytes)).toEqual(new Set([embedded, 'OpenSymbol']));
      const document = await importPdf(bytes, { fileName: 'rapport.pdf', limits: DEFAULT_IMPORT_LIMITS, pdf: createNodePdfLoader() });
      const text = (index: number) => document.text.slice(document.blocks[index]!.start, document.blocks[index]!.end);
      const pages = document.pageCount ?? 0;
      expect(pages).toBeGreaterThanOrEqual(2);
      expect(document.metadata).toMatchObject({ title: 'Slutrapport Projekt Y', author: 'Åsa Öberg' });

      // Header and "Sida N av M" on every page, marked, first and last on their page.
      for (let page = 1; page <= pages; page++) {
        const onPage = document.blocks.map((block, index) => ({ block, index })).filter(({ block }) => block.page === String(page));
        expect([onPage[0]?.block.running, text(onPage[0]!.index)]).toEqual(['header', LO_HEADER]);
        expect([onPage.at(-1)?.block.running, text(onPage.at(-1)!.index)]).toEqual(['footer', `Sida ${page} av ${pages}`]);
      }
      expect(document.warnings).toContainEqual({ code: 'runningTextHidden', values: { count: 2 * pages } });

      const body = document.blocks.map((block, index) => ({ block, text: text(index) })).filter(({ block }) => block.running === undefined);
      expect(body.filter(({ block }) => block.kind === 'heading').map(({ block, text }) => [text, block.level])).toEqual(report.headings);

      // Every body paragraph comes back word for word, in one block or split at a page break.
      const paragraphs = body.filter(({ block }) => block.kind === 'paragraph').map(({ text }) => text);
      const joined = paragraphs.join(' ');
      for (const paragraph of report.paragraphs) expect(joined).toContain(paragraph);
      for (const item of report.listItems) expect(paragraphs).toContain(`• ${item}`);
      for (const row of report.tableRows) expect(paragraphs).toContain(row.join(' '));
    }, 180_000);
  }
});
