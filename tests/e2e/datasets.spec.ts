import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { addProject, chooseFile, createEvaluation, nav, watchNetwork } from './helpers';

/** An indicator follow-up as a Swedish Excel user saves it: semicolons, decimal commas, `12 %`. */
const VERSION_1 = ['Projektkod;År;Mål;Utfall;Andel', 'NDS-01;2025;1 200;1 250,5;12 %', 'NDS-02;2025;800;640;8 %', 'XYZ-9;2025;50;45;90 %', 'Älvdalen växer;2024;1 000;980;10,5 %'].join('\r\n');
/** The next version: NDS-02's outcome changed, XYZ-9 gone, NDS-03 new, the rest the same. */
const VERSION_2 = ['Projektkod;År;Mål;Utfall;Andel', 'NDS-01;2025;1 200;1 250,5;12 %', 'NDS-02;2025;800;700;8 %', 'Älvdalen växer;2024;1 000;980;10,5 %', 'NDS-03;2025;300;310;5,5 %'].join('\r\n');

async function expectNoSeriousViolations(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${screen}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

function csv(name: string, text: string) {
  return { name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') };
}

async function setCode(page: Page, project: string, code: string): Promise<void> {
  await page.getByRole('button', { name: `Redigera ${project}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Redigera projekt' });
  await dialog.getByLabel('Projektkod').fill(code);
  await dialog.getByRole('button', { name: 'Spara' }).click();
  await expect(dialog).toBeHidden();
}

/** The text of the data rows of the grid, top to bottom (spacer rows are hidden from the accessibility tree). */
async function gridRows(page: Page): Promise<string[]> {
  const rows = await page.getByRole('grid').getByRole('row').filter({ hasNot: page.getByRole('columnheader') }).allInnerTexts();
  return rows.map((row) => row.replace(/\u00a0/g, ' '));
}

test('an indicator table imports with a preview, links rows to projects, sorts, filters, codes, exports and re-imports', async ({ page }) => {
  const outside = watchNetwork(page);
  await page.goto('/');
  await createEvaluation(page, 'Indikatorer');
  await addProject(page, 'Älvdalen växer');
  await addProject(page, 'Mora möts');
  await setCode(page, 'Mora möts', 'NDS-02');

  await nav(page, 'Data').click();
  await expect(page.getByRole('heading', { name: 'Data', level: 1 })).toBeVisible();
  await chooseFile(page, () => page.getByRole('button', { name: 'Importera tabell' }).click(), csv('Indikatorer 2025.csv', VERSION_1));

  // The preview: what was detected, each column's type, the key column guessed; nothing stored yet.
  const dialog = page.getByRole('dialog', { name: 'Importera tabell' });
  await expect(dialog.getByLabel('Avgränsare')).toHaveValue(';');
  await expect(dialog.getByTestId('detected-encoding')).toHaveText(/utf-?8/i);
  await expect(dialog.getByLabel('Typ för kolumnen Projektkod')).toHaveValue('text');
  await expect(dialog.getByLabel('Typ för kolumnen År')).toHaveValue('integer');
  await expect(dialog.getByLabel('Typ för kolumnen Mål')).toHaveValue('integer');
  await expect(dialog.getByLabel('Typ för kolumnen Utfall')).toHaveValue('decimal');
  await expect(dialog.getByLabel('Typ för kolumnen Andel')).toHaveValue('percent');
  await expect(dialog.getByRole('cell', { name: '1 250,5' })).toBeVisible();
  await expect(dialog.getByRole('cell', { name: '10,5 %' })).toBeVisible();
  await expect(dialog.getByLabel('Kolumn som anger projektet')).toHaveValue('0');
  await expect(dialog.getByText('3 av 4 rader matchar ett projekt')).toBeVisible();
  await expect(dialog.getByLabel('Namn')).toHaveValue('Indikatorer 2025');
  await expectNoSeriousViolations(page, 'import preview');
  await dialog.getByRole('button', { name: 'Spara som dataset' }).click();

  // The dataset: its rows with their projects, the key that matched nothing.
  await expect(page.getByRole('heading', { name: 'Indikatorer 2025', level: 1 })).toBeVisible();
  await expect(page.getByText('Visar 4 av 4 rader')).toBeVisible();
  expect(await gridRows(page)).toHaveLength(4);
  await expect(page.getByRole('grid').getByRole('row', { name: /XYZ-9/ })).toContainText('Ej matchad');
  const unmatched = page.getByRole('list', { name: /Omatchade nycklar/ });
  await expect(unmatched.getByRole('listitem')).toHaveCount(1);
  await expect(unmatched).toContainText('XYZ-9');
  await page.getByLabel('Projekt för nyckeln XYZ-9').selectOption({ label: 'Mora möts (NDS-02)' });
  await page.getByRole('button', { name: 'Matcha XYZ-9' }).click();
  await expect(page.getByRole('heading', { name: 'Omatchade nycklar (0)' })).toBeVisible();
  await expect(page.getByRole('grid').getByRole('row', { name: /XYZ-9/ })).toContainText('Mora möts');

  // Filter by project, then by text.
  const projectFilter = page.getByRole('combobox', { name: 'Projekt', exact: true });
  await projectFilter.selectOption({ label: 'Älvdalen växer' });
  await expect(page.getByText('Visar 2 av 4 rader')).toBeVisible();
  await projectFilter.selectOption({ label: 'Utan projekt' });
  await expect(page.getByText('Visar 0 av 4 rader')).toBeVisible();
  await projectFilter.selectOption({ label: 'Alla projekt' });
  await page.getByRole('searchbox', { name: 'Sök i raderna' }).fill('1 250');
  await expect(page.getByText('Visar 1 av 4 rader')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Sök i raderna' }).fill('');

  // Sort by a number column: numerically, both ways.
  await page.getByRole('button', { name: 'Utfall' }).click();
  await expect(page.getByRole('columnheader', { name: 'Utfall' })).toHaveAttribute('aria-sort', 'ascending');
  let rows = await gridRows(page);
  expect(rows.map((row) => row.split('\t')[5])).toEqual(['45', '640', '980', '1 250,5']);
  await page.getByRole('button', { name: 'Utfall' }).click();
  rows = await gridRows(page);
  expect(rows.map((row) => row.split('\t')[5])).toEqual(['1 250,5', '980', '640', '45']);

  // Code a row (click a cell, arrow down to the next row, Esc for the whole row) with the palette:
  // Ctrl+K, filter, Enter. Then judge it, and see it counted in the results matrix.
  await page.getByRole('gridcell', { name: '980' }).click();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByText('Rad 3, Utfall: 640')).toBeVisible();
  await expect(page.getByText('Kodar cellen')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByText('Kodar hela raden')).toBeVisible();
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('combobox', { name: 'Filtrera koder' })).toBeFocused();
  await page.keyboard.type('goda exempel');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Kodade rader och celler (1)' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Raden är kodad som ”Goda exempel, metoder”. Ctrl+Z ångrar.');
  const judgement = page.getByRole('region', { name: 'Vald kodning' });
  await expect(judgement.getByRole('list', { name: 'Koder' })).toHaveText(/Goda exempel, metoder/);
  await judgement.getByRole('group', { name: 'Beläggets styrka' }).getByRole('radio', { name: 'Stark' }).check();
  await judgement.getByLabel('Anteckning').fill('Utfallet understiger målet.');
  await judgement.getByRole('group', { name: 'Riktning' }).getByRole('radio', { name: /Hindrande/ }).check();
  await expect(judgement.getByText('Anteckningen är sparad.')).toBeVisible();
  await expectNoSeriousViolations(page, 'dataset');
  await expect(page.getByRole('grid').getByRole('row', { name: /NDS-02/ })).toContainText('Kodad');
  await nav(page, 'Resultatmatris').click();
  await expect(page.getByText('Kodade citat i matrisen: 1')).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Indikatorer 2025', level: 1 })).toBeVisible();
  // The judgement was kept: choosing the coded row shows it again.
  await page.getByRole('list', { name: 'Kodade rader och celler (1)' }).getByRole('button', { name: 'Rad 3', exact: true }).click();
  await expect(judgement.getByRole('group', { name: 'Beläggets styrka' }).getByRole('radio', { name: 'Stark' })).toBeChecked();
  await expect(judgement.getByRole('group', { name: 'Riktning' }).getByRole('radio', { name: /Hindrande/ })).toBeChecked();
  await expect(judgement.getByLabel('Anteckning')).toHaveValue('Utfallet understiger målet.');

  // Export for Swedish Excel: a BOM, semicolons, decimal commas.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportera CSV (semikolon, svensk Excel)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Indikatorer 2025.csv');
  const bytes = await readFile(await file.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').split('\r\n');
  expect(lines[0]).toBe('Projektkod;År;Mål;Utfall;Andel;Projekt');
  expect(lines[1]).toBe('NDS-01;2025;1200;1250,5;12;Älvdalen växer');
  expect(lines[4]).toBe('Älvdalen växer;2024;1000;980;10,5;Älvdalen växer');

  // The project page shows the project's rows of the dataset.
  await nav(page, 'Projekt').click();
  await page.getByRole('link', { name: 'Mora möts' }).click();
  await expect(page.getByRole('heading', { name: 'Mora möts', level: 1 })).toBeVisible();
  const projectRows = page.getByRole('table', { name: 'Projektets rader i Indikatorer 2025' });
  await expect(projectRows.getByRole('row')).toHaveCount(3);
  await expect(projectRows).toContainText('XYZ-9');
  await expectNoSeriousViolations(page, 'project page');

  // Re-import a newer version: a summary of what changed; the coded row keeps its code.
  await nav(page, 'Data').click();
  const list = page.getByRole('table', { name: 'Utvärderingens dataset' });
  await expect(list.getByRole('row', { name: /Indikatorer 2025/ })).toContainText('Indikatorer 2025.csv');
  await expectNoSeriousViolations(page, 'datasets');
  await chooseFile(page, () => page.getByRole('button', { name: 'Importera ny version av Indikatorer 2025' }).click(), csv('Indikatorer 2025 v2.csv', VERSION_2));
  const reimport = page.getByRole('dialog', { name: 'Ny version av ”Indikatorer 2025”' });
  await expect(reimport.getByLabel('Kolumn som anger projektet')).toHaveValue('0');
  await reimport.getByRole('button', { name: 'Spara som ny version' }).click();
  await expect(reimport.getByText('1 ny, 1 ändrad, 1 borttagen, 2 oförändrade rader')).toBeVisible();
  await reimport.getByRole('button', { name: 'Stäng' }).click();
  const row = list.getByRole('row', { name: /Indikatorer 2025/ });
  await expect(row.getByRole('cell').nth(3)).toHaveText('2');
  await expect(row.getByRole('cell').nth(2)).toHaveText('1');
  await row.getByRole('link', { name: 'Indikatorer 2025' }).click();
  await expect(page.getByRole('heading', { name: 'Kodade rader och celler (1)' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'NDS-03' })).toHaveCount(1);

  // Delete names what goes with it.
  await nav(page, 'Data').click();
  await page.getByRole('button', { name: 'Ta bort Indikatorer 2025' }).click();
  const confirm = page.getByRole('dialog', { name: 'Ta bort datasetet?' });
  await expect(confirm).toContainText('4 rader, varav 1 kodad rad förlorar');
  await confirm.getByRole('button', { name: 'Ta bort datasetet' }).click();
  await expect(page.getByText('Inga tabeller ännu.')).toBeVisible();
  expect(outside).toEqual([]);
});
