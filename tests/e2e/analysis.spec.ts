import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { nav, watchNetwork } from './helpers';

/** Saves the chart with a button and gives the file's name and bytes. */
async function saveChart(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await download;
  await expect(page.getByRole('status')).toContainText(`Diagrammet är sparat som ${file.suggestedFilename()}`);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

test('the demo analysed: a cross-tab by county leading to its quotes, co-occurrence of codes, and the evidence chart saved as SVG and PNG', async ({ page }) => {
  const outside = watchNetwork(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Öppna demoutvärdering' }).click();
  await expect(page.getByText('Kodade citat i matrisen: 16')).toBeVisible();
  await nav(page, 'Analys').click();
  await expect(page.getByRole('heading', { name: 'Analys', level: 1 })).toBeVisible();

  // The results matrix by county: three projects in Jönköpings län, one in two counties.
  const crossTab = page.getByRole('region', { name: 'Korstabell' });
  await crossTab.getByLabel('Dela upp efter').selectOption({ label: 'Län' });
  const table = crossTab.getByRole('table', { name: 'Belägg per kod och län' });
  await expect(table.getByRole('columnheader')).toHaveText(['Kod', 'Jönköpings län', 'Jönköpings län och Östergötlands län', 'utan värde', 'Totalt']);
  await expect(table.getByRole('rowheader', { name: 'Lokal nivå' })).toBeVisible();
  expect(page.url()).toContain('by=county');
  const count = table.getByRole('link', { name: 'Goda exempel, metoder, Jönköpings län: 2 citat, 1 av 3 projekt – visa citaten' });
  await expect(count).toHaveText('2');
  await count.click();
  await expect(page.getByRole('heading', { name: 'Goda exempel, metoder', level: 1 })).toBeVisible();
  await expect(page.locator('mark.quote-exact', { hasText: 'Den viktigaste aktiviteten har varit' })).toBeVisible();
  await expect(page.locator('mark.quote-exact', { hasText: 'Efter en presentation på en projektledarträff' })).toBeVisible();
  expect(page.url()).toContain('county=');
  await expect(page.getByText('Visar bara belägg som räknades i korstabellens cell (med filtret från Analys).')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Tillbaka till Analys' })).toHaveAttribute('href', /\/analysis\?.*fw=results-matrix.*by=county/);
  await page.goBack();
  await expect(table).toBeVisible();

  // Counted with the codes below it, a level counts its whole subtree.
  // The box follows the address (the click navigates), so it turns once the screen has read the new route.
  const subtree = crossTab.getByRole('checkbox', { name: 'Räkna in underkoderna i en överordnad kod' });
  await subtree.click();
  await expect(subtree).toBeChecked();
  await table.getByRole('link', { name: /^Lokal nivå, Totalt: 10 citat, 3 av 4 projekt/ }).click();
  await expect(page.getByRole('heading', { name: 'Lokal nivå', level: 1 })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Ta med citat kodade med underkoderna' })).toBeChecked();
  await expect(page.getByText(/^10 citat i 3 projekt/)).toBeVisible();
  await page.goBack();
  await expect(crossTab.getByRole('checkbox', { name: 'Räkna in underkoderna i en överordnad kod' })).toBeChecked();

  // Co-occurrence: two codes on the same quote, and the quote behind the pair.
  const coOccurrence = page.getByRole('region', { name: 'Samförekomst' });
  await coOccurrence.getByRole('button', { name: 'Visa citaten för Goda exempel, metoder och Erfarenhetsutbyte' }).click();
  const pair = coOccurrence.getByRole('region', { name: 'Goda exempel, metoder och Erfarenhetsutbyte' });
  await expect(pair.locator('mark.quote-exact', { hasText: 'Efter en presentation på en projektledarträff' })).toBeVisible();
  await expect(pair).toContainText('Smart upphandling på Höglandet');
  await expect(pair.getByRole('listitem')).toHaveCount(1);

  // The chart: an image whose alt text says every number, saved as SVG and as PNG.
  const chart = page.getByRole('region', { name: 'Diagram' });
  const image = chart.getByRole('img', { name: /^Liggande stapeldiagram över antalet belägg/ });
  await expect(image).toBeVisible();
  await expect(image).toHaveAttribute('alt', /Lokal nivå – Erfarenheter\/Resultat: Goda exempel, metoder 2, Inspiration 1/);
  const svg = await saveChart(page, 'Spara som SVG');
  expect(svg.name).toBe('belagg-per-kategori.svg');
  const text = svg.bytes.toString('utf8');
  expect(text).toContain('<title id="chart-title">Belägg per kategori i resultatmatrisen</title>');
  expect(text).toContain('Utvecklingsområden');
  const png = await saveChart(page, 'Spara som PNG');
  expect(png.name).toBe('belagg-per-kategori.png');
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // IHDR: width and height at twice the SVG's size.
  expect(png.bytes.readUInt32BE(16)).toBe(1520);
  expect(png.bytes.readUInt32BE(20)).toBeGreaterThan(600);
  expect(png.bytes.length).toBeGreaterThan(10_000);

  // Evidence per code of the chosen framework, counted with the subtree as the cross-tab is.
  await chart.getByLabel('Diagram').selectOption({ label: 'Belägg per kod: Resultatmatris' });
  await expect(chart.getByRole('img', { name: /^Liggande stapeldiagram över antalet belägg .* per kod/ })).toHaveAttribute('alt', /Lokal nivå: Lokal nivå 10, Erfarenheter\/Resultat 6, Erfarenheter\/Resultat › Goda exempel, metoder 2/);
  expect((await saveChart(page, 'Spara som SVG')).name).toBe('belagg-per-kod.svg');
  await chart.getByLabel('Diagram').selectOption({ label: 'Belägg per kategori i resultatmatrisen' });

  await page.screenshot({ path: '/tmp/analysis-screen.png', fullPage: true });
  await chart.screenshot({ path: '/tmp/analysis-chart.png' });
  await coOccurrence.screenshot({ path: '/tmp/analysis-cooccurrence.png' });
  expect(outside).toEqual([]);
});
