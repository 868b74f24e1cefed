// Renders the Word report with LibreOffice, as a reader without Word would, and checks that the PDF
// text has the headings, the quotes and their citations. Needs `soffice` and `pdftotext` on PATH
// (Debian: libreoffice-writer-nogui, poppler-utils; CI installs both); skipped with the reason otherwise.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Packer } from 'docx';
import { afterAll, describe, expect, it } from 'vitest';
import { buildReportModel } from '../../../shared/report/model/reportModel';
import { buildSkeletonReport } from '../../../shared/report/docx/skeletonReport';
import { documents, evaluation, projects, QUOTES, resultsMatrixCodes, segments } from '../../fixtures/report/evaluationFixture';
import { onPath } from '../../support/onPath';

const soffice = onPath('soffice');
const pdftotext = onPath('pdftotext');
const missing = [soffice ? null : 'soffice (libreoffice-writer-nogui)', pdftotext ? null : 'pdftotext (poppler-utils)']
  .filter((name) => name !== null)
  .join(' and ');
const title = missing === '' ? 'renders to PDF with LibreOffice with quotes and citations' : `skipped: ${missing} not on PATH`;

/** PDF text with line breaks and runs of spaces collapsed, so wrapped lines compare as one. */
function collapse(text: string): string {
  return text.replace(/\s+/g, ' ');
}

describe('the Word report in LibreOffice', () => {
  const work = mkdtempSync(join(tmpdir(), 'sparbar-report-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it.skipIf(missing !== '')(title, async () => {
    const model = buildReportModel({
      evaluation: evaluation(),
      projects,
      documents,
      codes: resultsMatrixCodes(),
      segments: segments(),
      language: 'sv',
      generatedOn: '2012-12-10',
    });
    const docx = join(work, 'rapport.docx');
    writeFileSync(docx, await Packer.toBuffer(buildSkeletonReport(model)));
    // A private LibreOffice profile, so a running LibreOffice or a parallel test cannot lock it.
    const profile = pathToFileURL(join(work, 'profile')).href;
    execFileSync(
      soffice as string,
      [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, docx],
      { stdio: 'pipe', timeout: 120_000 },
    );
    execFileSync(pdftotext as string, ['-enc', 'UTF-8', join(work, 'rapport.pdf'), join(work, 'rapport.txt')], {
      stdio: 'pipe',
    });
    const text = collapse(readFileSync(join(work, 'rapport.txt'), 'utf8'));

    expect(text).toContain('Lärande i lokalt och regionalt tillväxtarbete');
    expect(text).toContain('Resultat per nivå i resultatmatrisen');
    expect(text).toContain('Lokal nivå – Effekter');
    expect(text).toContain('Nya samverkansparter (2 citat)');
    expect(text).toContain(`”${QUOTES.policy}”`);
    expect(text).toContain('(Lokal upphandling i Fyrbodal, Delrapport, 2011-05-30, s. 4)');
    expect(text).toContain(`”${QUOTES.forankring}”`);
    expect(text).toContain('(Älvdalens besöksnäring, Slutrapport, odaterad, s. 12)');
    // The title page has no page number; the findings start on page 2.
    const pages = readFileSync(join(work, 'rapport.txt'), 'utf8').split('\f');
    expect(pages[0]).not.toContain('Resultat per nivå');
    expect(pages[1]).toContain('Resultat per nivå i resultatmatrisen');
  }, 180_000);
});
