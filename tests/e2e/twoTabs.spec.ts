import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import { addProject, codePhrase, createEvaluation, FIXTURES, importDocuments, nav } from './helpers';

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

test('a memo typed in one tab is not overwritten by, and does not overwrite, the memo another tab saved meanwhile', async ({ page: tabA, context }) => {
  const networks = 'Samverkan över kommungränsen har lett till nya nätverk mellan företagare, tjänstepersoner och regionen.';
  await tabA.goto('/');
  await createEvaluation(tabA, 'Två flikar, anteckning');
  await addProject(tabA, 'Företagsrådet i Mellanbygden');
  await importDocuments(tabA, [path.join(FIXTURES, 'coding/slutrapport-v1.txt')], { project: 'Företagsrådet i Mellanbygden', type: 'slutrapport' });
  await nav(tabA, 'Dokument').click();
  await tabA.getByRole('table', { name: 'Utvärderingens dokument' }).getByRole('link', { name: /Slutrapport/ }).click();
  await codePhrase(tabA, networks, 'Lokal nivå – Effekter', 'Nya samverkansparter');
  const tabB = await context.newPage();
  await tabB.goto(tabA.url());
  const panel = (page: Page) => page.getByRole('region', { name: 'Valt citat' });
  for (const tab of [tabA, tabB]) await tab.getByRole('list', { name: /Kodade citat/ }).getByRole('button', { name: /Samverkan över kommungränsen/ }).click();

  // A types (not yet saved: the memo is saved after a pause); B saves its memo at once by leaving the field.
  await panel(tabA).getByLabel('Anteckning').fill('Anteckning från flik A');
  await panel(tabB).getByLabel('Anteckning').fill('Anteckning från flik B');
  await panel(tabB).getByLabel('Anteckning').blur();
  const notice = panel(tabA).getByRole('group', { name: 'Ändrat i ett annat fönster' });
  await expect(notice).toContainText('Ändrad i ett annat fönster: Anteckning är nu Anteckning från flik B');
  await expect(notice).toContainText('Du har skrivit: Anteckning från flik A');
  // The pause passes and A's words wait: B's memo is still the one stored.
  await tabA.waitForTimeout(1600);
  await tabB.reload();
  await tabB.getByRole('list', { name: /Kodade citat/ }).getByRole('button', { name: /Samverkan över kommungränsen/ }).click();
  await expect(panel(tabB).getByLabel('Anteckning')).toHaveValue('Anteckning från flik B');

  // A keeps its own: now it is saved, and B sees it.
  await notice.getByRole('button', { name: 'Behåll ditt värde för Anteckning' }).click();
  await expect(notice).toBeHidden();
  await expect(panel(tabB).getByLabel('Anteckning')).toHaveValue('Anteckning från flik A');
});
