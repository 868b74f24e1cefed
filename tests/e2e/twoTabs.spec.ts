import { expect, test, type Page } from '@playwright/test';
import { addProject, createEvaluation } from './helpers';

// Two tabs of one browser context share the app's IndexedDB, as two windows of the desktop app do.

async function openEdit(page: Page, name: string) {
  await page.getByRole('button', { name: `Redigera ${name}` }).click();
  return page.getByRole('dialog', { name: 'Redigera projekt' });
}

async function saveBudgetIn(page: Page, name: string, budget: string) {
  const form = await openEdit(page, name);
  await form.getByLabel('Beviljad budget (kr)', { exact: true }).fill(budget);
  await form.getByRole('button', { name: 'Spara' }).click();
  await expect(form).toBeHidden();
}

test('a form saves only what it changed and shows, and asks about, what another tab changed meanwhile', async ({ page: tabA, context }) => {
  await tabA.goto('/');
  await createEvaluation(tabA, 'Två flikar');
  await addProject(tabA, 'Handel i Åre', '1 250 000');
  const tabB = await context.newPage();
  await tabB.goto(tabA.url());
  await expect(tabB.getByRole('rowheader', { name: /Handel i Åre/ })).toBeVisible();

  // A opens the form; B changes the budget; A is told, saves another field, and B's budget stays.
  const formA = await openEdit(tabA, 'Handel i Åre');
  await saveBudgetIn(tabB, 'Handel i Åre', '500 000');
  await expect(formA.getByText('Ändrad i ett annat fönster: Beviljad budget (kr) är nu 500 000')).toBeVisible();
  await expect(formA.getByLabel('Beviljad budget (kr)', { exact: true })).toHaveValue(/^1\s250\s000$/);
  await formA.getByLabel('Projektledare').fill('Sara Nilsson');
  await formA.getByRole('button', { name: 'Spara' }).click();
  await expect(formA).toBeHidden();
  for (const tab of [tabA, tabB]) {
    await expect(tab.getByRole('cell', { name: '500 000 kr' })).toBeVisible();
    await expect(tab.getByRole('cell', { name: 'Sara Nilsson' })).toBeVisible();
  }

  // Both change the budget: A is asked instead of overwriting, sees B's value, and keeps its own.
  const again = await openEdit(tabA, 'Handel i Åre');
  await again.getByLabel('Beviljad budget (kr)', { exact: true }).fill('900 000');
  await saveBudgetIn(tabB, 'Handel i Åre', '700 000');
  await again.getByRole('button', { name: 'Spara' }).click();
  await expect(again.getByRole('alert')).toContainText('Inte sparat: Beviljad budget (kr) ändrades i ett annat fönster');
  await expect(again.getByText('Ändrad i ett annat fönster: Beviljad budget (kr) är nu 700 000')).toBeVisible();
  await expect(again.getByText('Du har skrivit: 900 000')).toBeVisible();
  await expect(tabA.getByRole('cell', { name: '700 000 kr' })).toBeVisible();
  await again.screenshot({ path: '/tmp/tabs-conflict.png' });
  await again.getByRole('button', { name: 'Behåll ditt värde för Beviljad budget (kr)' }).click();
  await expect(again.getByRole('group', { name: 'Ändrat i ett annat fönster' })).toBeHidden();
  await again.getByRole('button', { name: 'Spara' }).click();
  await expect(again).toBeHidden();
  await expect(tabB.getByRole('cell', { name: '900 000 kr' })).toBeVisible();

  // Taking theirs puts B's value in A's form.
  const third = await openEdit(tabA, 'Handel i Åre');
  await third.getByLabel('Beviljad budget (kr)', { exact: true }).fill('1 000 000');
  await saveBudgetIn(tabB, 'Handel i Åre', '650 000');
  await third.getByRole('button', { name: 'Ta deras värde för Beviljad budget (kr)' }).click();
  await expect(third.getByLabel('Beviljad budget (kr)', { exact: true })).toHaveValue(/^650\s000$/);
  await third.getByRole('button', { name: 'Spara' }).click();
  await expect(third).toBeHidden();
  await expect(tabA.getByRole('cell', { name: '650 000 kr' })).toBeVisible();
});
