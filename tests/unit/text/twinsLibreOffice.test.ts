// The twin rule on the same report exported by a real word processor as a PDF and as a DOCX. Needs
// `soffice` on PATH (Debian: libreoffice-writer-nogui; CI installs it); skipped with the reason otherwise.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_IMPORT_LIMITS } from '../../../shared/domain/importLimits';
import { importDocument } from '../../../shared/ingest/documents/importDocument';
import { documentFingerprint, textSimilarity } from '../../../shared/text/textSimilarity';
import { libreOfficeReport } from '../../fixtures/pdf/libreOfficeReport';
import { reportDocx } from '../../fixtures/twins/twinReports';
import { createNodePdfLoader } from '../../support/nodePdfLoader';
import { onPath } from '../../support/onPath';

const soffice = onPath('soffice');
const title = soffice ? 'scores the PDF and the DOCX LibreOffice exports of one report as twins' : 'skipped: soffice (libreoffice-writer-nogui) not on PATH';

describe('twins exported by LibreOffice', () => {
  const work = mkdtempSync(join(tmpdir(), 'sparbar-twins-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it.skipIf(soffice === null)(
    title,
    async () => {
      writeFileSync(join(work, 'rapport.fodt'), libreOfficeReport().fodt);
      const profile = pathToFileURL(join(work, 'profile')).href;
      for (const format of ['pdf', 'docx']) {
        execFileSync(soffice as string, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', format, '--outdir', work, join(work, 'rapport.fodt')], { stdio: 'pipe', timeout: 120_000 });
      }
      const read = (name: string) => importDocument(new Uint8Array(readFileSync(join(work, name))), { fileName: name, limits: DEFAULT_IMPORT_LIMITS, pdf: createNodePdfLoader() });
      const [pdf, docx, other] = await Promise.all([read('rapport.pdf'), read('rapport.docx'), importDocument(reportDocx(), { fileName: 'annan.docx', limits: DEFAULT_IMPORT_LIMITS, pdf: createNodePdfLoader() })]);
      expect(pdf.format).toBe('pdf');
      expect(docx.format).toBe('docx');
      expect(pdf.pageCount).toBeGreaterThanOrEqual(2);
      expect(textSimilarity(documentFingerprint(pdf), documentFingerprint(docx))).toBeGreaterThanOrEqual(0.9);
      expect(textSimilarity(documentFingerprint(other), documentFingerprint(pdf))).toBeLessThan(0.1);
    },
    240_000,
  );
});
