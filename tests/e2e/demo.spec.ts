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
  await expect(page.getByRole('table', { name: 'Utvärderingens dokument' }).getByRole('row')).toHaveCount(8);
  await expect(page.getByRole('table', { name: 'Utvärderingens dokument' }).getByRole('row', { name: /Programrapport 2024/ }).getByRole('cell').nth(1)).toHaveText('Programmet som helhet');
  await expectNoSeriousViolations(page, 'documents');

  await page.getByRole('table', { name: 'Utvärderingens dokument' }).getByRole('link').first().click();
  await expect(page.locator('mark.coded').first()).toBeVisible();
  await expectNoSeriousViolations(page, 'reader');

  // The programme report: each coded passage is about the project it names.
  await nav(page, 'Dokument').click();
  await page.getByRole('table', { name: 'Utvärderingens dokument' }).getByRole('link', { name: /Programrapport 2024/ }).click();
  await expect(page.locator('mark.coded')).toHaveCount(3);
  await page.locator('mark.coded', { hasText: 'Sommenbygd året runt visar hur svårt' }).first().click();
  const panel = page.getByRole('region', { name: 'Valt citat' });
  await expect(panel.getByLabel('Handlar om projekt').locator('option:checked')).toHaveText(/^Sommenbygd året runt/);
  await page.setViewportSize({ width: 1280, height: 1100 });
  await page.screenshot({ path: `${process.env.SPARBAR_SHOTS ?? '/tmp'}/docs2-demo-programme-passage.png` });
  await page.setViewportSize({ width: 1280, height: 720 });

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
