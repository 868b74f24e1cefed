import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import readXlsxFile from 'read-excel-file/node';
import { readCsv } from '../../shared/ingest/tables/csv/readCsv';
import { nav, openDemo, watchNetwork } from './helpers';

const UPPHANDLING = 'Smart upphandling på Höglandet';
const KOMPETENS = 'Kompetenslyft Mellanbygden';
const LESSON = 'Vi har lärt oss att dialogen måste planeras in redan när behovet uppstår och inte när underlaget nästan är klart.';

/** Exports the judgements in a format and gives the saved file's name and bytes. */
async function exportAs(page: Page, format: string): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('button', { name: 'Exportera bedömningar' }).click();
  const dialog = page.getByRole('dialog', { name: 'Exportera bedömningar' });
  await dialog.getByRole('group', { name: 'Format' }).getByRole('radio', { name: format }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Exportera', exact: true }).click();
  const file = await download;
  await file.saveAs(`/tmp/exports-judgements.${file.suggestedFilename().split('.').pop() ?? 'bin'}`);
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toContainText(`Bedömningarna är sparade som ${file.suggestedFilename()}`);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

test("the demo's heatmap exports as .xlsx and CSV as shown, and its judgements are charted on Analys", async ({ page }) => {
  const outside = watchNetwork(page);
  await openDemo(page);
  await nav(page, 'Bedömningar').click();
  const table = page.getByRole('table', { name: 'Bedömningar per kriterium och projekt' });
  // The grown demo: every factor judged for every project and the programme, some without evidence.
  await expect(table.getByRole('button', { name: `Fel och misstag som källa till lärande – ${UPPHANDLING}: Starkt, 2 citat`, exact: true })).toBeVisible();
  await expect(table.getByRole('button', { name: 'Konstruktiv återkoppling – Handel som tillväxtmotor i Vetlanda och Sävsjö: Svagt, 0 citat, inget belägg', exact: true })).toBeVisible();
  await expect(table.getByRole('button', { name: 'Hög delaktighet – Programmet: Delvis, 3 citat', exact: true })).toBeVisible();
  await page.screenshot({ path: '/tmp/exports-heatmap.png', fullPage: true });

  // The dialog, checked for accessibility, then Excel of the heatmap filtered to the regional level.
  await page.getByRole('combobox', { name: 'Nivå', exact: true }).selectOption({ label: 'Regional nivå' });
  await page.getByRole('button', { name: 'Exportera bedömningar' }).click();
  const dialog = page.getByRole('dialog', { name: 'Exportera bedömningar' });
  await expect(dialog.getByRole('radio', { name: 'Excel (.xlsx)' })).toBeChecked();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await expect(page.getByRole('button', { name: 'Exportera bedömningar' })).toBeFocused();

  const xlsx = await exportAs(page, 'Excel (.xlsx)');
  expect(xlsx.name).toMatch(/^Bedömningar Faktorer som främjar lärande .+\.xlsx$/);
  const [grid, long] = await readXlsxFile(xlsx.bytes);
  expect(grid?.sheet).toBe('Bedömningar per projekt');
  expect(grid?.data[0]).toEqual(['Ramverk', 'Kriterium', KOMPETENS, 'Programmet']);
  // Ten criteria (the four aspects of a learning culture under their parent), as the heatmap shows them.
  expect(grid?.data).toHaveLength(11);
  const gridRow = (criterion: string) => grid?.data.find((row) => row[1] === criterion);
  expect(gridRow('Hög delaktighet')).toEqual(['Faktorer som främjar lärande', 'Hög delaktighet', 'Delvis – säkerhet hög – 3 belägg', 'Delvis – säkerhet medel – 3 belägg']);
  expect(gridRow('Kultur för lärande › Öppenhet och tillit')?.slice(2)).toEqual([null, null]);
  expect(long?.sheet).toBe('Bedömningar');
  const header = long?.data[0] as string[];
  expect(header).toEqual(['Ramverk', 'Kriterium', 'Bedöms', 'Projektkod', 'Betyg', 'Säkerhet', 'Motivering', 'Kopplade citat', 'Kopplade tabellrader', 'Citat med källa', 'Bedömare', 'Skapad', 'Ändrad']);
  expect(long?.data).toHaveLength(1 + 6 * 2);
  const judgement = long?.data.find((row) => row[1] === 'Organiserat för både produktion och lärande' && row[2] === KOMPETENS);
  const cell = (name: string) => judgement?.[header.indexOf(name)];
  expect(cell('Betyg')).toBe('Starkt');
  expect(cell('Säkerhet')).toBe('Hög');
  expect(cell('Projektkod')).toBe('MB-2022-01');
  expect(cell('Kopplade citat')).toBe(3);
  expect(cell('Citat med källa')).toContain('(Slutrapport – Kompetenslyft Mellanbygden; Kompetenslyft Mellanbygden, Slutrapport, 2024-12-13, s. 3)');
  expect(cell('Bedömare')).toBe('Omar Haddad');

  // CSV of the whole heatmap: one row per judgement, read back through the app's CSV reader.
  await page.getByRole('combobox', { name: 'Nivå', exact: true }).selectOption({ label: 'Alla' });
  const csv = await exportAs(page, 'CSV för svenska Excel (semikolon)');
  expect(csv.name).toMatch(/\.csv$/);
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = readCsv(new Uint8Array(csv.bytes), { fileName: csv.name, delimiter: ';', hasHeader: true, skipLines: 0 });
  const names = rows.columns.map((c) => c.name);
  expect(names).toEqual(header);
  expect(rows.rawRows).toHaveLength(6 * 5);
  const lesson = rows.rawRows.find((row) => row[1] === 'Fel och misstag som källa till lärande' && row[2] === UPPHANDLING);
  expect(lesson?.[names.indexOf('Betyg')]).toBe('Starkt');
  expect(lesson?.[names.indexOf('Citat med källa')]).toContain(`”${LESSON}” (Delrapport 1 – ${UPPHANDLING}; ${UPPHANDLING}, Delrapport, 2023-09-15, s. 3)`);
  const bare = rows.rawRows.find((row) => row[1] === 'Konstruktiv återkoppling' && row[2] === 'Handel som tillväxtmotor i Vetlanda och Sävsjö');
  expect(bare?.[names.indexOf('Citat med källa')]).toBe('inget belägg');

  // Analys: the judgement distribution per factor, with its alt text, saved as SVG.
  await nav(page, 'Analys').click();
  await page.getByRole('combobox', { name: 'Ramverk', exact: true }).selectOption({ label: 'Faktorer som främjar lärande' });
  const chart = page.getByRole('region', { name: 'Diagram' });
  await chart.getByLabel('Diagram').selectOption({ label: 'Bedömningar per kriterium: Faktorer som främjar lärande' });
  const image = chart.getByRole('img', { name: /^Liggande staplar, en per kriterium/ });
  await expect(image).toBeVisible();
  await expect(image).toHaveAttribute('alt', /Fel och misstag som källa till lärande: Delvis 1, Starkt 3\./);
  await image.scrollIntoViewIfNeeded();
  await chart.screenshot({ path: '/tmp/exports-chart.png' });
  const download = page.waitForEvent('download');
  await chart.getByRole('button', { name: 'Spara som SVG' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('bedomningar-per-kriterium.svg');
  const svg = (await readFile(await file.path())).toString('utf8');
  expect(svg).toContain('<title id="chart-title">Bedömningar per kriterium: Faktorer som främjar lärande</title>');
  expect(svg).toContain('Kan inte bedömas');
  const pngDownload = page.waitForEvent('download');
  await chart.getByRole('button', { name: 'Spara som PNG' }).click();
  const png = await readFile(await (await pngDownload).path());
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.readUInt32BE(16)).toBe(1520);

  // The success factors: the project manager could not be assessed in two projects, and says so in words.
  await page.getByRole('combobox', { name: 'Ramverk', exact: true }).selectOption({ label: 'Framgångsfaktorer' });
  await chart.getByLabel('Diagram').selectOption({ label: 'Bedömningar per kriterium: Framgångsfaktorer' });
  await expect(chart.getByRole('img', { name: /^Liggande staplar/ })).toHaveAttribute('alt', /Projektledarens kompetens: Svagt 1, Starkt 1, Kan inte bedömas 2\./);
  await chart.screenshot({ path: '/tmp/exports-chart-success.png' });
  expect(outside).toEqual([]);
});
