// Cross-check: LibreOffice converts the DOCX report to ODT; both importers must read the same structure
// from the two files (LibreOffice lays the ODT out, so its soft page breaks check our DOCX page numbers).
// Skipped where LibreOffice is not installed (CI installs libreoffice-writer-nogui).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { importDocx } from '../../../../../shared/ingest/documents/docx/importDocx';
import type { ImportedDocument } from '../../../../../shared/ingest/documents/importTypes';
import { importOdt } from '../../../../../shared/ingest/documents/odt/importOdt';
import { buildReportDocx } from '../../../../fixtures/docx/buildReportDocx';
import { blockViews, importOptions } from '../docx/importHelpers';

const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/local/bin/soffice'].find((path) => existsSync(path));
const folder = mkdtempSync(join(tmpdir(), 'sparbar-odt-'));

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

function body(document: ImportedDocument) {
  return blockViews(document)
    .filter((block) => block.kind !== 'note' && block.kind !== 'comment')
    .map(({ kind, text, level, list, cell, page }) => ({ kind, text, level, list, cell, page }));
}

describe.skipIf(!soffice)('importOdt on LibreOffice’s conversion of the DOCX report', () => {
  it('reads the same headings, paragraphs, lists, cells, pages and comments as importDocx reads from the DOCX', async () => {
    const docx = await buildReportDocx();
    writeFileSync(join(folder, 'rapport.docx'), docx);
    execFileSync(soffice as string, [`-env:UserInstallation=${pathToFileURL(join(folder, 'profile')).href}`, '--headless', '--convert-to', 'odt', '--outdir', folder, join(folder, 'rapport.docx')], {
      timeout: 90_000,
      stdio: 'ignore',
    });
    const odt = importOdt(new Uint8Array(readFileSync(join(folder, 'rapport.odt'))), importOptions('rapport.odt'));
    const fromDocx = importDocx(docx, importOptions());
    expect(body(odt)).toEqual(body(fromDocx));
    const comments = (document: ImportedDocument) => blockViews(document).filter((block) => block.kind === 'comment').map(({ text, note }) => ({ text, note }));
    expect(comments(odt)).toEqual(comments(fromDocx));
    expect(odt.pageCount).toBe(fromDocx.pageCount);
    expect(odt.metadata).toEqual(fromDocx.metadata);
  }, 120_000);
});
