// A Word report as a reader without Word sees it: converted by LibreOffice to PDF and read with pdftotext.
// Needs soffice, pdftotext and pdftoppm (Debian: libreoffice-writer-nogui, poppler-utils); the tests that use
// it skip with the reason otherwise.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { onPath } from './onPath';

export interface ReportPdfTools {
  soffice: string | null;
  pdftotext: string | null;
  pdftoppm: string | null;
}

/** The tools on PATH, why a test skips without them (empty: it runs), and whether Carlito is installed. */
export function reportPdfTools(): { tools: ReportPdfTools; skipReason: string; carlito: boolean; collapse: (text: string) => string } {
  const tools = { soffice: onPath('soffice'), pdftotext: onPath('pdftotext'), pdftoppm: onPath('pdftoppm') };
  const missing = Object.entries(tools).filter(([, path]) => !path).map(([name]) => name).join(', ');
  const skipReason = missing === '' ? '' : `skipped: ${missing} not on PATH (libreoffice-writer-nogui, poppler-utils)`;
  // Carlito has Calibri's metrics; without it LibreOffice sets the report in a wider font than Word.
  const fcList = onPath('fc-list');
  const carlito = fcList !== null && execFileSync(fcList, ['Carlito'], { encoding: 'utf8' }).includes('Carlito');
  return { tools, skipReason, carlito, collapse: (text: string) => text.replace(/\s+/g, ' ') };
}

/** The PDF's pages as text (pdftotext), from a .docx converted by LibreOffice in `work`. */
export function pdfPages(tools: ReportPdfTools, work: string, name: string, bytes: Uint8Array): string[] {
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

/**
 * Every heading's number in the contents (page 2 on) and the page it is on: [listed, actual]. Headings are
 * found in their order, each from the page of the one before it, so a table cell that reads like a later
 * heading (a framework's name in the method's table) is not taken for it.
 */
export function contentsAndPages(pages: readonly string[], headings: readonly string[]): Map<string, [number, number]> {
  const isOn = (page: string, heading: string) => page.split('\n').some((line) => line.trim() === heading);
  // The contents end where the first heading is (its entry there ends in dots and a number).
  const lastContentsPage = pages.findIndex((page, i) => i > 0 && isOn(page, headings[0] as string));
  const contents = pages.slice(1, lastContentsPage).join('\n');
  const found = new Map<string, [number, number]>();
  let from = lastContentsPage;
  for (const heading of headings) {
    const entry = new RegExp(`^${heading.replace(/[()?.*+[\]]/g, '\\$&')}[ .]*?(\\d+)\\s*$`, 'm').exec(contents);
    const index = pages.findIndex((page, i) => i >= from && isOn(page, heading));
    if (index >= 0) from = index;
    found.set(heading, [entry === null ? Number.NaN : Number(entry[1]), index + 1]);
  }
  return found;
}
