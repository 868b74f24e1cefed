// The importer on a PDF that LibreOffice writes, as a real word processor's export. Needs `soffice` on PATH
// (Debian: libreoffice-writer-nogui; CI installs it); skipped with the reason otherwise.
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
const title = soffice ? 'imports a LibreOffice PDF export' : 'skipped: soffice (libreoffice-writer-nogui) not on PATH';

describe('a report exported to PDF by LibreOffice', () => {
  const work = mkdtempSync(join(tmpdir(), 'sparbar-pdf-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it.skipIf(soffice === null)(
    title,
    async () => {
      const report = libreOfficeReport();
      writeFileSync(join(work, 'rapport.fodt'), report.fodt);
      // A private LibreOffice profile, so a running LibreOffice or a parallel test cannot lock it.
      const profile = pathToFileURL(join(work, 'profile')).href;
      execFileSync(soffice as string, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, join(work, 'rapport.fodt')], {
        stdio: 'pipe',
        timeout: 120_000,
      });
      const bytes = new Uint8Array(readFileSync(join(work, 'rapport.pdf')));
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
    },
    180_000,
  );
});
