import { expect, test } from '@playwright/test';
import { createReport, nav, openDemo, watchNetwork } from './helpers';

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
  await page.getByRole('button', { name: 'Avbryt' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Rapporten avbröts. Ingen fil skrevs.' })).toBeVisible();
  await expect(page.getByRole('progressbar')).toBeHidden();
  release();
  await page.waitForTimeout(1500);
  expect(downloads).toEqual([]);
  await expect(page.getByRole('button', { name: 'Skapa rapport' })).toBeEnabled();
});
