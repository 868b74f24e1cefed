import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { elementsNamed, readQdpxForTest } from '../support/qdpxProject';
import { nav, openDemo, watchNetwork } from './helpers';

// Issue 14, REFI-QDA export in web mode: the demo exported from the overview as a .qdpx (downloaded), read
// back: project.qde parses and holds as many sources and selections as the demo has documents and passages.

const TITLE = 'Delutvärdering av Lärande för tillväxt i Mellanbygden';
const SHOTS = process.env.SPARBAR_SHOTS ?? '/tmp';

/** A count of the overview's contents panel, by its label. */
async function overviewCount(page: Page, label: string): Promise<number> {
  const value = page.locator('dl.facts dt', { has: page.getByRole('link', { name: label, exact: true }) }).locator('xpath=following-sibling::dd[1]');
  return Number((await value.innerText()).trim());
}

test('the demo exports as a REFI-QDA project with every document and passage, after saying what goes and what does not', async ({ page }) => {
  test.setTimeout(90_000);
  const outside = watchNetwork(page);
  await openDemo(page);
  await nav(page, 'Översikt').click();
  const documents = await overviewCount(page, 'Dokument');
  const passages = await overviewCount(page, 'Kodade citat');
  const projects = await overviewCount(page, 'Projekt');
  expect(documents).toBeGreaterThan(0);
  expect(passages).toBeGreaterThan(10);

  await page.getByRole('button', { name: 'Exportera som REFI-QDA-projekt (.qdpx)…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Exportera som REFI-QDA-projekt' });
  await expect(dialog.getByText('NVivo, MAXQDA, ATLAS.ti och QualCoder')).toBeVisible();
  await expect(dialog.getByText(/Med i filen: dokumenten .* kodade citaten .* kodboken, och projekten som fall/)).toBeVisible();
  await expect(dialog.getByText(/Inte med: bedömningar, slutsatser, rekommendationer och dataset\. REFI-QDA har ingen plats för dem/)).toBeVisible();
  expect((await new AxeBuilder({ page }).include('dialog').analyze()).violations.map((v) => v.id)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/qdpxout-dialog.png` });

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Exportera…' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`${TITLE}.qdpx`);
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Utvärderingen är exporterad som ${TITLE}.qdpx.`)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/qdpxout-exported.png` });

  const read = readQdpxForTest(new Uint8Array(await readFile(await file.path())));
  expect(read.project.name).toBe('Project');
  expect(read.project.attributes.name).toBe(TITLE);
  expect(elementsNamed(read.project, 'TextSource').length + elementsNamed(read.project, 'PDFSource').length).toBe(documents);
  expect(elementsNamed(read.project, 'PlainTextSelection')).toHaveLength(passages);
  expect(elementsNamed(read.project, 'Case')).toHaveLength(projects);
  expect(Object.keys(read.entries).filter((name) => name.startsWith('sources/') && name.endsWith('.txt'))).toHaveLength(documents);
  // Each selection's range, cut from its source's text, is a passage the demo shows in the matrix.
  const [first] = elementsNamed(read.project, 'TextSource');
  const [selection] = elementsNamed(first!, 'PlainTextSelection');
  const quote = Array.from(read.sourceText(first!.attributes.plainTextPath!)).slice(Number(selection!.attributes.startPosition), Number(selection!.attributes.endPosition)).join('');
  expect(quote.length).toBeGreaterThan(10);
  expect(outside).toEqual([]);
});
