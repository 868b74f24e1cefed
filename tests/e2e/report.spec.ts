import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { readFile } from 'node:fs/promises';
import { readCsv } from '../../shared/ingest/tables/csv/readCsv';
import { chooseFile, createReport, nav, openDemo, watchNetwork } from './helpers';

const SUMMARY = 'Programmet har i huvudsak nått sina resultat på lokal nivå; på regional nivå är det för tidigt att säga.';

/** The level-1 headings of mammoth's HTML, in order. */
function sectionHeadings(html: string): string[] {
  return [...html.matchAll(/<h1>(.*?)<\/h1>/g)].map((m) => (m[1] ?? '').replace(/<[^>]+>/g, ''));
}

test('the report screen: a section switched off and one moved, a summary typed and undone and redone, then the report in that order with every quote footnoted', async ({ page }) => {
  const outside = watchNetwork(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openDemo(page);
  await nav(page, 'Rapport').click();
  await expect(page.getByRole('heading', { name: 'Rapport', level: 1 })).toBeVisible();

  // Each section shows what its data part will hold, counted in the worker.
  const results = page.getByRole('listitem', { name: /Resultat per nivå/ });
  await expect(results.getByText(/^Ur materialet: .*\d+ kategorier/)).toBeVisible();
  await page.screenshot({ path: '/tmp/app-report-top.png' });
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // Method off; conclusions moved up above "what was not reached".
  // The switch shows the stored setting: it turns once the step is written.
  const method = page.getByRole('checkbox', { name: 'Ta med Metod och material i rapporten' });
  await method.click();
  await expect(method).not.toBeChecked();
  await expect(page.getByRole('listitem', { name: /Metod och material/ }).getByText('Ej med')).toBeVisible();
  const moveUp = page.getByRole('button', { name: 'Flytta upp Slutsatser och rekommendationer' });
  await moveUp.focus();
  await page.keyboard.press('Enter');
  const order = page.locator('.report-section h3');
  await expect(order.nth(7)).toContainText('Slutsatser och rekommendationer');
  await expect(order.nth(8)).toContainText('Vad som inte nåddes');

  // The summary: typed, saved on leaving the field, undone and done again.
  const summary = page.getByRole('textbox', { name: 'Sammanfattning', exact: true });
  const before = await summary.inputValue();
  await summary.fill(SUMMARY);
  await summary.blur();
  await expect(page.getByText('Sparad')).toBeVisible();
  await page.getByRole('button', { name: 'Ångra' }).click();
  await expect(summary).toHaveValue(before);
  await page.getByRole('button', { name: 'Gör om' }).click();
  await expect(summary).toHaveValue(SUMMARY);

  await page.screenshot({ path: '/tmp/app-report-screen.png' });

  const report = await createReport(page);
  expect(report.name).toMatch(/^Delutvärdering av Lärande för tillväxt i Mellanbygden \d{4}-\d{2}-\d{2}\.docx$/);
  expect(report.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  const headings = sectionHeadings(report.html);
  expect(headings).toEqual(['Sammanfattning', 'Inledning', 'Resultat per nivå', 'Framgångs- och lärandefaktorer', 'Slutsatser och rekommendationer', 'Vad som inte nåddes', 'Bilagor']);
  expect(report.html).toContain(SUMMARY);
  expect(report.html).not.toContain('<h1>Metod och material</h1>');

  // Every quote is followed by its footnote, and every footnote cites a project or the programme.
  const quotes = [...report.html.matchAll(/<blockquote>(.*?)<\/blockquote>/g)].map((m) => m[1] ?? '');
  expect(quotes.length).toBeGreaterThan(10);
  for (const quote of quotes) expect(quote).toMatch(/”.*”<sup><a href="#footnote-\d+" id="footnote-ref-\d+">\[\d+\]<\/a><\/sup>/);
  const footnotes = [...report.html.matchAll(/<li id="footnote-\d+">(.*?)<\/li>/g)].map((m) => m[1] ?? '');
  expect(footnotes.length).toBeGreaterThanOrEqual(quotes.length);
  expect(outside).toEqual([]);
});

test('cancelling while the report is made leaves no file', async ({ page, context }) => {
  await openDemo(page);
  // Hold back the chart renderer's WebAssembly so the report is still being written when Avbryt is pressed.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await context.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  await nav(page, 'Rapport').click();
  const downloads: string[] = [];
  page.on('download', (download) => downloads.push(download.suggestedFilename()));
  await page.getByRole('button', { name: 'Skapa rapport' }).click();
  await expect(page.getByRole('progressbar', { name: 'Rapporten skapas' })).toBeVisible();
  await expect(page.getByText('Skriver Word-dokumentet…')).toBeVisible();
  await page.screenshot({ path: '/tmp/app-report-progress.png' });
  await page.getByRole('button', { name: 'Avbryt' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Rapporten avbröts. Ingen fil skrevs.' })).toBeVisible();
  await expect(page.getByRole('progressbar')).toBeHidden();
  release();
  await page.waitForTimeout(1500);
  expect(downloads).toEqual([]);
  await expect(page.getByRole('button', { name: 'Skapa rapport' })).toBeEnabled();
});

/** A 2x1 PNG (8-bit grey): signature, IHDR, IDAT and IEND with their CRCs. */
const LOGO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAAAAAD4qnXsAAAAC0lEQVR4nGNgYAAAAAMAAWgmWQ0AAAAASUVORK5CYII=', 'base64');

test('the title page’s logo, a Word template (a bad one refused), the people anonymised and the evidence list with its numbers', async ({ page }) => {
  const outside = watchNetwork(page);
  await openDemo(page);
  await nav(page, 'Rapport').click();

  // The logo: picked, shown, removed, picked again.
  await chooseFile(page, () => page.getByRole('button', { name: 'Välj logotyp…' }).click(), { name: 'logga.png', mimeType: 'image/png', buffer: LOGO });
  await expect(page.getByRole('img', { name: 'Logotyp: logga.png' })).toBeVisible();
  await page.getByRole('button', { name: 'Ta bort logotypen' }).click();
  await expect(page.getByText('Ingen logotyp vald.')).toBeVisible();
  await chooseFile(page, () => page.getByRole('button', { name: 'Välj logotyp…' }).click(), { name: 'inte-en-bild.png', mimeType: 'image/png', buffer: Buffer.from('GIF89a') });
  await expect(page.getByRole('alert')).toHaveText('inte-en-bild.png är inte en PNG- eller JPEG-bild som går att läsa. Välj en annan bild.');
  await chooseFile(page, () => page.getByRole('button', { name: 'Välj logotyp…' }).click(), { name: 'logga.png', mimeType: 'image/png', buffer: LOGO });
  await expect(page.getByRole('img', { name: 'Logotyp: logga.png' })).toBeVisible();

  // A template: a file that is no Word document is refused with what to do; a .dotx with styles is taken.
  await chooseFile(page, () => page.getByRole('button', { name: 'Välj Word-mall…' }).click(), { name: 'mall.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('inte en zip') });
  await expect(page.getByRole('alert')).toHaveText('mall.docx gick inte att använda som mall: filen är inte ett Word-dokument. Välj en annan .docx- eller .dotx-fil.');
  const styles = '<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Georgia" w:hAnsi="Georgia"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>';
  const template = Buffer.from(zipSync({ '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'), 'word/styles.xml': strToU8(styles) }));
  await chooseFile(page, () => page.getByRole('button', { name: 'Välj Word-mall…' }).click(), { name: 'husmall.dotx', mimeType: 'application/octet-stream', buffer: template });
  await expect(page.getByText('Mall: husmall.dotx')).toBeVisible();

  // A person added to the anonymisation list, and removed.
  await page.getByRole('textbox', { name: 'Namn' }).fill('Anna Berg');
  await page.getByRole('textbox', { name: 'Roll' }).fill('en kommunal tjänsteperson');
  await page.getByRole('button', { name: 'Lägg till person' }).click();
  await expect(page.getByRole('row', { name: /Anna Berg en kommunal tjänsteperson/ })).toBeVisible();
  await page.getByRole('button', { name: 'Ta bort Anna Berg' }).click();
  await expect(page.getByRole('row', { name: /Anna Berg/ })).toHaveCount(0);

  // The evidence list as CSV: a number column first, 1..n, the same numbers as the report's footnotes.
  await page.getByRole('button', { name: 'Bevislista (.xlsx eller CSV)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Exportera bevislistan' });
  await dialog.getByRole('radio', { name: 'CSV för svenska Excel (semikolon)' }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Exportera', exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Delutvärdering av Lärande för tillväxt i Mellanbygden – bevislista.csv');
  const table = readCsv(new Uint8Array(await readFile(await file.path())), { fileName: 'bevislista.csv', delimiter: ';', hasHeader: true, skipLines: 0 });
  expect(table.columns.slice(0, 3).map((c) => c.name)).toEqual(['Nr', 'Typ', 'Citat']);
  const numbers = table.rawRows.map((row) => Number(row[0]));
  expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  await expect(page.getByRole('status').filter({ hasText: `Bevislistan sparades som ${file.suggestedFilename()} (${numbers.length} belägg).` })).toBeVisible();

  // The report carries the logo on its title page and the template's font.
  const report = await createReport(page);
  expect(report.html.slice(0, 120)).toMatch(/^<p><img alt="logga\.png" src="data:image\/png;base64,/);
  const documentStyles = strFromU8(unzipSync(new Uint8Array(report.bytes))['word/styles.xml'] ?? new Uint8Array());
  expect(documentStyles).toContain('Georgia');
  expect(outside).toEqual([]);
});
