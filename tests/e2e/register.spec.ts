import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { chooseFile, createEvaluation, nav } from './helpers';

/** Windows-1252 bytes: Latin-1 for åäö, and 0x96 for the en dash (a byte Latin-1 does not have). */
function windows1252(text: string): Buffer {
  return Buffer.from(Array.from(text, (ch) => (ch === '–' ? 0x96 : ch.charCodeAt(0))));
}

const REGISTER = [
  'Projektkod;Projektnamn;Projektägare;Projektledare;Kommuner;Nivå;Startdatum;Slutdatum;Beviljat belopp;Finansiär',
  'MB-2022-03;Smart upphandling på Höglandet;Eksjö kommun;Linnea Borg;Eksjö, Nässjö;Lokal;2022-09-01;2024-08-31;1 250 000,50;Regionen 40 %',
  'MB-2022-01;Kompetenslyft – Mellanbygden;Region Jönköpings län;Amira Saleh;Aneby, Eksjö;Regional;2022-06-01;2024-11-30;2 400 000;ESF',
  ';Utan kod;;;;;;;;',
].join('\r\n');

test('a Windows-1252 register with semicolons and decimal commas creates projects after a preview, and can be undone', async ({ page }) => {
  await page.goto('/');
  await createEvaluation(page, 'Registerimport');
  await chooseFile(page, () => page.getByRole('button', { name: 'Importera projektregister' }).click(), {
    name: 'projektregister.csv',
    mimeType: 'text/csv',
    buffer: windows1252(REGISTER),
  });
  const dialog = page.getByRole('dialog', { name: 'Importera projektregister från projektregister.csv' });
  await expect(dialog.getByLabel('Avgränsare')).toHaveValue(';');
  await expect(dialog.getByLabel('Vad kolumnen Projektkod blir')).toHaveValue('code');
  await expect(dialog.getByLabel('Vad kolumnen Beviljat belopp blir')).toHaveValue('budgetSek');
  await expect(dialog.getByLabel('Vad kolumnen Finansiär blir')).toHaveValue('attribute');
  const preview = dialog.getByRole('region', { name: 'Förhandsgranskning' });
  await expect(preview.getByRole('status')).toHaveText('2 nya projekt, 0 ändrade, 0 oförändrade, 1 rad kan inte läsas.');
  await expect(preview).toContainText('Kompetenslyft – Mellanbygden');
  await expect(preview).toContainText('Rad 4:');
  await expect(dialog.getByRole('button', { name: 'Tillämpa' })).toBeDisabled();
  await dialog.getByLabel('Hoppa över raderna som inte går att läsa').check();
  await dialog.getByRole('button', { name: 'Tillämpa' }).click();
  await expect(dialog).toBeHidden();

  const table = page.getByRole('table', { name: 'Projektregister' });
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table.getByRole('rowheader', { name: /Smart upphandling på Höglandet/ })).toBeVisible();
  await expect(table.getByRole('cell', { name: '1 250 000,5 kr' })).toBeVisible();
  await expect(table.getByRole('cell', { name: '2 400 000 kr' })).toBeVisible();
  await expect(table.getByRole('cell', { name: 'Regional', exact: true })).toBeVisible();

  // The register exports for Swedish Excel: UTF-8 with a BOM, semicolons, decimal commas.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportera (svensk Excel)' }).click();
  const exported = await readFile(await (await download).path());
  expect([...exported.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = exported.subarray(3).toString('utf8');
  expect(csv.split('\r\n')[0]).toBe('Projektnamn;Projektkod;Projektägare;Projektledare;Samverkande kommuner;Län eller region;Nivå;Tema;Startdatum;Slutdatum;Beviljad budget (kr);Finansiär');
  expect(csv).toContain('Smart upphandling på Höglandet;MB-2022-03;Eksjö kommun;Linnea Borg;Eksjö, Nässjö;;lokal;;2022-09-01;2024-08-31;1250000,5;Regionen 40 %');

  // A second import of a changed register shows the change field by field.
  const changed = REGISTER.replace('Linnea Borg', 'Jonas Ekström');
  await chooseFile(page, () => page.getByRole('button', { name: 'Importera projektregister' }).click(), { name: 'register-v2.csv', mimeType: 'text/csv', buffer: windows1252(changed) });
  const second = page.getByRole('dialog', { name: /register-v2.csv/ });
  await expect(second.getByRole('region', { name: 'Förhandsgranskning' })).toContainText('Projektledare: Linnea Borg → Jonas Ekström');
  await second.getByLabel('Hoppa över raderna som inte går att läsa').check();
  await second.getByRole('button', { name: 'Tillämpa' }).click();
  await expect(table.getByRole('cell', { name: 'Jonas Ekström' })).toBeVisible();

  await page.getByRole('button', { name: 'Ångra registerimporten' }).click();
  await expect(table.getByRole('cell', { name: 'Linnea Borg' })).toBeVisible();
  await page.getByRole('button', { name: 'Ångra registerimporten' }).click();
  await expect(page.getByText('Projektregistret är tomt.')).toBeVisible();
  await nav(page, 'Översikt').click();
});
