import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { nav, watchNetwork } from './helpers';

async function expectNoSeriousViolations(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${screen}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

test('the demo evaluation shows the whole skeleton, and the main screens pass axe', async ({ page }) => {
  const outside = watchNetwork(page);
  await page.goto('/');
  await expectNoSeriousViolations(page, 'start (empty)');
  await page.getByRole('button', { name: 'Öppna demoutvärdering' }).click();
  await expect(page.getByRole('heading', { name: 'Resultatmatris' })).toBeVisible();
  await expect(page.getByText('Kodade citat i matrisen: 16')).toBeVisible();
  await expectNoSeriousViolations(page, 'matrix');

  await nav(page, 'Projekt').click();
  await expect(page.getByRole('table', { name: 'Projektregister' }).getByRole('row')).toHaveCount(5);
  await expectNoSeriousViolations(page, 'projects');

  await nav(page, 'Dokument').click();
  await expect(page.getByRole('table', { name: 'Utvärderingens dokument' }).getByRole('row')).toHaveCount(7);
  await expectNoSeriousViolations(page, 'documents');

  await page.getByRole('table', { name: 'Utvärderingens dokument' }).getByRole('link').first().click();
  await expect(page.locator('mark.coded').first()).toBeVisible();
  await expectNoSeriousViolations(page, 'reader');

  await nav(page, 'Inställningar').click();
  await expect(page.getByRole('heading', { name: 'Inställningar' })).toBeVisible();
  await expectNoSeriousViolations(page, 'settings');

  // Opening the demo again opens the same evaluation instead of a second copy.
  await nav(page, 'Utvärderingar').click();
  await page.getByRole('button', { name: 'Öppna demoutvärdering' }).click();
  await expect(page.getByText('Kodade citat i matrisen: 16')).toBeVisible();
  await nav(page, 'Utvärderingar').click();
  await expect(page.getByRole('table', { name: 'Utvärderingar på den här datorn' }).getByRole('row')).toHaveCount(2);
  await page.getByRole('button', { name: 'Ny utvärdering' }).click();
  await expectNoSeriousViolations(page, 'new evaluation dialog');
  expect(outside).toEqual([]);
});
