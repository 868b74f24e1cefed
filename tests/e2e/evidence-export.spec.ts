import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import readXlsxFile from 'read-excel-file/node';
import { readCsv } from '../../shared/ingest/tables/csv/readCsv';
import { nav, watchNetwork } from './helpers';

/** A quote of the demo evaluation, with what it is cited with. */
const QUOTE =
  'Den viktigaste aktiviteten har varit att pröva så kallade leverantörsträffar inför tre konkreta upphandlingar: städtjänster i Aneby, livsmedel till skolköken i Eksjö och markentreprenader i Sävsjö.';
const GUIDANCE = 'Samtidigt efterfrågar upphandlarna tydligare nationell vägledning om hur dialog med lokala företag kan föras utan att likabehandlingsprincipen hotas.';
const GUIDANCE_JUDGEMENTS =
  'Byråkratisk smidighet – Programmet: Svagt; Byråkratisk smidighet – Smart upphandling på Höglandet: Svagt; Handlingsutrymme – Smart upphandling på Höglandet: Svagt; ' +
  'Utvecklingsområden (ex. samverkan lokal och regional nivå) – Programmet: Delvis uppnått';
const HEADERS = ['Typ', 'Citat', 'Koder', 'Ramverk', 'Projekt', 'Projektkod', 'Dokument', 'Dokumenttyp', 'Dokumentdatum', 'Sida'];

/** Exports the evidence table in a format and gives the saved file's name and bytes. */
async function exportAs(page: Page, format: string): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('button', { name: 'Exportera citattabell' }).click();
  const dialog = page.getByRole('dialog', { name: 'Exportera citattabell' });
  await dialog.getByRole('group', { name: 'Format' }).getByRole('radio', { name: format }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Exportera', exact: true }).click();
  const file = await download;
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toContainText(`Citattabellen är sparad som ${file.suggestedFilename()}`);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

test('the evidence table of the demo exports as .xlsx and as CSV for Swedish Excel, each quote with its project, document and page', async ({ page }) => {
  const outside = watchNetwork(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Öppna demoutvärdering' }).click();
  await expect(page.getByText('Kodade citat i matrisen: 16')).toBeVisible();
  await nav(page, 'Kodbok').click();
  await expect(page.getByRole('heading', { name: 'Kodbok', level: 1 })).toBeVisible();

  // The dialog offers both formats, Excel first.
  await page.getByRole('button', { name: 'Exportera citattabell' }).click();
  const dialog = page.getByRole('dialog', { name: 'Exportera citattabell' });
  await expect(dialog.getByRole('radio', { name: 'Excel (.xlsx)' })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: 'CSV för svenska Excel (semikolon)' })).not.toBeChecked();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Exportera citattabell' })).toBeFocused();

  // Excel: the header row, then one row per piece of evidence; the quote is text, the date a date.
  const xlsx = await exportAs(page, 'Excel (.xlsx)');
  expect(xlsx.name).toMatch(/^Citattabell .+\.xlsx$/);
  const [sheet] = await readXlsxFile(xlsx.bytes);
  expect(sheet?.sheet).toBe('Citattabell');
  const data = sheet?.data ?? [];
  const header = data[0] as string[];
  expect(header.slice(0, HEADERS.length)).toEqual(HEADERS);
  // The demo's 100 coded passages: 82 by the first evaluator (16 in the results matrix, 3 in the programme report, the rest evidence
  // for its judgements of the factors) and 18 by the second, who coded two reports apart.
  expect(data).toHaveLength(101);
  // A passage of the programme report is listed under the project it is about.
  const programme = data.find((cells) => String(cells[1]).startsWith('Sommenbygd året runt visar hur svårt'));
  expect([programme?.[header.indexOf('Projekt')], programme?.[header.indexOf('Dokument')]]).toEqual(['Sommenbygd året runt', 'Programrapport 2024 – Lärande för tillväxt i Mellanbygden']);
  const row = data.find((cells) => cells[1] === QUOTE);
  expect(row).toBeDefined();
  const cell = (name: string) => row?.[header.indexOf(name)];
  expect(cell('Typ')).toBe('Textavsnitt');
  expect(cell('Koder')).toBe('Goda exempel, metoder');
  expect(cell('Projekt')).toBe('Smart upphandling på Höglandet');
  expect(cell('Projektkod')).toBe('MB-2022-03');
  expect(cell('Dokument')).toBe('Delrapport 1 – Smart upphandling på Höglandet');
  expect(cell('Dokumenttyp')).toBe('Delrapport');
  expect(cell('Dokumentdatum')).toEqual(new Date('2023-09-15T00:00:00Z'));
  // The demo's documents are plain text with form feeds between pages: the quote is on page 2, as in the report.
  expect(cell('Sida')).toBe('2');
  expect(cell('Styrka')).toBe('Starkt belägg');
  expect(cell('Riktning')).toBe('Främjande');
  // The judgements linking a passage, each with criterion, subject and rating: the programme's of its category.
  expect(cell('Kopplade bedömningar')).toBe('Goda exempel, metoder – Programmet: Uppnått');
  const guidance = data.find((cells) => cells[1] === GUIDANCE);
  expect(guidance?.[header.indexOf('Kopplade bedömningar')]).toBe(GUIDANCE_JUDGEMENTS);

  // CSV for Swedish Excel: BOM and semicolons; read back through the app's own CSV reader.
  const csv = await exportAs(page, 'CSV för svenska Excel (semikolon)');
  expect(csv.name).toMatch(/^Citattabell .+\.csv$/);
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const table = readCsv(new Uint8Array(csv.bytes), { fileName: csv.name, delimiter: ';', hasHeader: true, skipLines: 0 });
  expect(table.columns.map((c) => c.name).slice(0, HEADERS.length)).toEqual(HEADERS);
  expect(table.rawRows).toHaveLength(100);
  const line = table.rawRows.find((cells) => cells[1] === QUOTE);
  const names = table.columns.map((c) => c.name);
  const field = (name: string) => line?.[names.indexOf(name)];
  expect(field('Projekt')).toBe('Smart upphandling på Höglandet');
  expect(field('Dokument')).toBe('Delrapport 1 – Smart upphandling på Höglandet');
  expect(field('Dokumentdatum')).toBe('2023-09-15');
  expect(field('Sida')).toBe('2');
  expect(field('Kopplade bedömningar')).toBe('Goda exempel, metoder – Programmet: Uppnått');
  expect(table.rawRows.find((cells) => cells[1] === GUIDANCE)?.[names.indexOf('Kopplade bedömningar')]).toBe(GUIDANCE_JUDGEMENTS);
  // Both files list the evidence in the same order.
  expect(table.rawRows.map((cells) => cells[1])).toEqual(data.slice(1).map((cells) => cells[1]));
  expect(outside).toEqual([]);
});
