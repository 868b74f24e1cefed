import { expect, test } from '@playwright/test';
import path from 'node:path';
import { chooseFile, createEvaluation, FIXTURES } from './helpers';

test('a register with a Projekt-id column maps the code by itself, shows the column types, and the list sorts and filters by its attributes', async ({ page }) => {
  await page.goto('/');
  await createEvaluation(page, 'Projektlistan');
  await chooseFile(page, () => page.getByRole('button', { name: 'Importera projektregister' }).click(), path.join(FIXTURES, 'table/projektregister-attribut.csv'));
  const dialog = page.getByRole('dialog', { name: 'Importera projektregister från projektregister-attribut.csv' });

  // The mapping guessed the code from `Projekt-id`, and each column's type is written beside its name.
  await expect(dialog.getByLabel('Vad kolumnen Projekt-id blir')).toHaveValue('code');
  await expect(dialog.getByLabel('Vad kolumnen Projektnamn blir')).toHaveValue('name');
  await expect(dialog.getByLabel('Vad kolumnen Län blir')).toHaveValue('county');
  await expect(dialog.getByLabel('Vad kolumnen Tema blir')).toHaveValue('theme');
  await expect(dialog.getByLabel('Vad kolumnen Finansiär blir')).toHaveValue('attribute');
  const mapping = dialog.getByRole('table', { name: 'Vad varje kolumn blir' });
  await expect(mapping.getByRole('rowheader', { name: /^Projekt-id/ })).toContainText('Text');
  await expect(mapping.getByRole('rowheader', { name: /^Startdatum/ })).toContainText('Datum');
  await expect(mapping.getByRole('rowheader', { name: /^Beviljat/ })).toContainText('Heltal');
  await expect(mapping.getByRole('rowheader', { name: /^Antal deltagare/ })).toContainText('Heltal');
  await expect(dialog.getByRole('region', { name: 'Förhandsgranskning' }).getByRole('status')).toHaveText('7 nya projekt, 0 ändrade, 0 oförändrade, 0 rader kan inte läsas.');
  await dialog.getByRole('button', { name: 'Tillämpa' }).click();
  await expect(dialog).toBeHidden();

  // The list shows the register's attributes, a column each for the free ones.
  const table = page.getByRole('table', { name: 'Projektregister' });
  const names = table.getByRole('rowheader').getByRole('link');
  await expect(names).toHaveCount(7);
  for (const column of ['Projektkod', 'Tema', 'Nivå', 'Län eller region', 'Period', 'Finansiär', 'Antal deltagare']) {
    await expect(table.getByRole('columnheader', { name: column, exact: true })).toBeVisible();
  }
  await expect(table.getByRole('row', { name: /Gröna näringar Kalmar/ })).toContainText('2022-08-15 – 2025-02-28');
  await expect(page.getByText('Visar 7 av 7 projekt')).toBeVisible();

  // At 1280 pixels the wide table scrolls inside its box, the page itself does not.
  await page.setViewportSize({ width: 1280, height: 800 });
  const widths = await page.evaluate(() => {
    const box = document.querySelector('.table-scroll');
    return { page: document.documentElement.scrollWidth, window: window.innerWidth, box: box ? box.scrollWidth - box.clientWidth : 0 };
  });
  expect(widths.box).toBeGreaterThan(0);
  expect(widths.page).toBeLessThanOrEqual(widths.window);

  // Sorted by county: Jönköping, Kalmar, Kronoberg, projects of one county by name.
  const countyHeader = table.getByRole('columnheader', { name: 'Län eller region' });
  await expect(table.getByRole('columnheader', { name: 'Projektnamn' })).toHaveAttribute('aria-sort', 'ascending');
  await countyHeader.getByRole('button').click();
  await expect(countyHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(table.getByRole('columnheader', { name: 'Projektnamn' })).not.toHaveAttribute('aria-sort');
  await expect(names).toHaveText([
    'Handel i Vetlanda', 'Kompetenslyft Mellanbygden', 'Smart upphandling på Höglandet', 'Digital handel i Småland', 'Gröna näringar Kalmar', 'Besöksnäring i Kronoberg', 'Vägledning för nyanlända',
  ]);

  // Filtered by theme, then the other way round by county.
  const filters = page.getByRole('group', { name: 'Filtrera projekten' });
  await filters.getByLabel('Tema').selectOption('Kompetensförsörjning');
  await expect(page.getByText('Visar 3 av 7 projekt')).toBeVisible();
  await expect(names).toHaveText(['Handel i Vetlanda', 'Kompetenslyft Mellanbygden', 'Vägledning för nyanlända']);
  await countyHeader.getByRole('button').click();
  await expect(countyHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(names).toHaveText(['Vägledning för nyanlända', 'Handel i Vetlanda', 'Kompetenslyft Mellanbygden']);

  // A free attribute and the level narrow it further; clearing shows all again.
  // Finansiär repeats a few values and gets a list; the participant counts are all different and do not.
  await expect(filters.getByLabel('Antal deltagare')).toHaveCount(0);
  await filters.getByLabel('Finansiär').selectOption('ESF');
  await expect(page.getByText('Visar 2 av 7 projekt')).toBeVisible();
  await filters.getByLabel('Nivå').selectOption('Lokal');
  await expect(names).toHaveText(['Vägledning för nyanlända']);
  await filters.getByLabel('Nivå').selectOption('Nationell');
  await expect(page.getByText('Inga projekt passar filtren.')).toBeVisible();
  await filters.getByRole('button', { name: 'Rensa filtren' }).click();
  await expect(page.getByText('Visar 7 av 7 projekt')).toBeVisible();
  await filters.getByRole('searchbox', { name: 'Sök i projekten' }).fill('almi');
  await expect(names).toHaveText(['Digital handel i Småland']);

  // A value filtered by stays chosen when an edit takes it from the last project that had it.
  await filters.getByRole('searchbox', { name: 'Sök i projekten' }).fill('');
  await filters.getByLabel('Finansiär').selectOption('Tillväxtverket');
  await expect(names).toHaveText(['Digital handel i Småland']);
  await table.getByRole('button', { name: 'Redigera Digital handel i Småland' }).click();
  const form = page.getByRole('dialog', { name: 'Redigera projekt' });
  await form.getByLabel('Värde för uppgift 1').fill('ESF');
  await form.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByText('Visar 0 av 7 projekt')).toBeVisible();
  await expect(filters.getByLabel('Finansiär')).toHaveValue('v:Tillväxtverket');
});
