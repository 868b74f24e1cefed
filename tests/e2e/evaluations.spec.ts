import { expect, test } from '@playwright/test';
import { addProject, createEvaluation, nav } from './helpers';

test('evaluations can be renamed and deleted, with a confirmation that names what goes', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('Det finns inga utvärderingar ännu.')).toBeVisible();
  await createEvaluation(page, 'Första utvärderingen');
  await addProject(page, 'Projekt Ett');
  await nav(page, 'Utvärderingar').click();

  await page.getByRole('button', { name: 'Byt namn på Första utvärderingen' }).click();
  const rename = page.getByRole('dialog', { name: 'Byt namn på utvärderingen' });
  await rename.getByLabel('Titel').fill('   ');
  await rename.getByRole('button', { name: 'Byt namn' }).click();
  await expect(rename.getByText('Fyll i det här fältet.')).toBeVisible();
  await rename.getByLabel('Titel').fill('Slututvärdering 2026');
  await rename.getByRole('button', { name: 'Byt namn' }).click();
  await expect(page.getByRole('link', { name: 'Slututvärdering 2026' })).toBeVisible();

  await page.getByRole('button', { name: 'Ta bort Slututvärdering 2026' }).click();
  const confirm = page.getByRole('dialog', { name: 'Ta bort utvärderingen?' });
  await expect(confirm).toContainText('”Slututvärdering 2026” tas bort med 1 projekt, 0 dokument och 0 kodade citat');
  await confirm.getByRole('button', { name: 'Avbryt' }).click();
  await expect(page.getByRole('link', { name: 'Slututvärdering 2026' })).toBeVisible();
  await page.getByRole('button', { name: 'Ta bort Slututvärdering 2026' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ta bort utvärderingen' }).click();
  await expect(page.getByText('Det finns inga utvärderingar ännu.')).toBeVisible();
});

test('the project form validates inline and reads Swedish numbers', async ({ page }) => {
  await page.goto('/');
  await createEvaluation(page, 'Validering');
  await page.getByRole('button', { name: 'Lägg till projekt' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lägg till projekt' });
  await dialog.getByLabel('Startdatum').fill('2025-06-01');
  await dialog.getByLabel('Slutdatum').fill('2025-01-01');
  await dialog.getByLabel('Beviljad budget (kr)').fill('12 5 000');
  await dialog.getByRole('button', { name: 'Lägg till', exact: true }).click();
  await expect(dialog.getByLabel('Projektnamn')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText('Fyll i det här fältet.')).toBeVisible();
  await expect(dialog.getByText('Slutdatum måste vara efter startdatum.')).toBeVisible();
  await expect(dialog.getByText('Skriv ett tal, till exempel 1 250 000 eller 12,5.')).toBeVisible();

  await dialog.getByLabel('Projektnamn').fill('Handel i Åre');
  await dialog.getByLabel('Slutdatum').fill('2026-12-31');
  await dialog.getByLabel('Beviljad budget (kr)').fill('2 400 000,50');
  await dialog.getByRole('button', { name: 'Lägg till uppgift' }).click();
  await dialog.getByLabel('Namn på uppgift 1').fill('Finansiär');
  await dialog.getByLabel('Värde för uppgift 1').fill('Regionen 40 %');
  await dialog.getByRole('button', { name: 'Lägg till', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('cell', { name: '2 400 000,5 kr' })).toBeVisible();

  await page.getByRole('button', { name: 'Redigera Handel i Åre' }).click();
  const edit = page.getByRole('dialog', { name: 'Redigera projekt' });
  await expect(edit.getByLabel('Värde för uppgift 1')).toHaveValue('Regionen 40 %');
  await edit.getByLabel('Projektledare').fill('Sara Nilsson');
  await edit.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('cell', { name: 'Sara Nilsson' })).toBeVisible();

  await page.getByRole('button', { name: 'Ta bort Handel i Åre' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ta bort projektet' }).click();
  await expect(page.getByText('Projektregistret är tomt.')).toBeVisible();
});

test('English can be chosen in Settings and is kept after a reload', async ({ page }) => {
  await page.goto('/');
  await nav(page, 'Inställningar').click();
  await expect(page.getByText('Använt utrymme')).toBeVisible();
  await page.getByLabel('Språk').selectOption('en');
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(nav(page, 'Evaluations')).toBeVisible();
  await expect(page.getByText('Data is not encrypted at rest.')).toBeVisible();
});

test('the overview shows the evaluation’s facts and contents, and the facts can be edited', async ({ page }) => {
  await page.goto('/');
  await createEvaluation(page, 'Översiktstest');
  await addProject(page, 'Projekt Ett');
  await nav(page, 'Översikt').click();
  await expect(page.getByRole('heading', { name: 'Översiktstest', level: 1 })).toBeVisible();
  await expect(page.getByText('Karin Lindqvist, Omar Haddad')).toBeVisible();
  await expect(page.getByText('2025-01-01 – 2026-12-31')).toBeVisible();
  await page.getByRole('button', { name: 'Redigera uppgifter' }).click();
  const dialog = page.getByRole('dialog', { name: 'Redigera utvärderingen' });
  await expect(dialog.getByLabel('Titel')).toHaveValue('Översiktstest');
  await dialog.getByLabel('Beställare').fill('Region Dalarna');
  await dialog.getByLabel('Typ av utvärdering').selectOption('final');
  await dialog.getByLabel('Periodens slut').fill('2024-01-01');
  await dialog.getByRole('button', { name: 'Spara' }).click();
  await expect(dialog.getByText('Slutdatum måste vara efter startdatum.')).toBeVisible();
  await dialog.getByLabel('Periodens slut').fill('2026-06-30');
  await dialog.getByRole('button', { name: 'Spara' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Region Dalarna')).toBeVisible();
  await expect(page.getByText('Slututvärdering')).toBeVisible();
});
