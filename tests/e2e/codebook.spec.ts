import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { nav } from './helpers';

test('an evaluation codes against the frameworks chosen at its creation; the codebook shows them with their notes', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Ny utvärdering' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ny utvärdering' });
  await dialog.getByLabel('Titel').fill('Ramverkstest');
  await expect(dialog.getByLabel('Resultatmatris')).toBeChecked();
  await expect(dialog.getByLabel('Resultatmatris')).toBeDisabled();
  await dialog.getByLabel('Flernivåstyre').uncheck();
  await dialog.getByRole('button', { name: 'Skapa utvärdering' }).click();

  await nav(page, 'Kodbok').click();
  await expect(page.getByRole('heading', { name: 'Resultatmatris', level: 2 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Faktorer som främjar lärande', level: 2 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Framgångsfaktorer', level: 2 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Flernivåstyre', level: 2 })).toHaveCount(0);
  const learning = page.getByRole('region', { name: 'Faktorer som främjar lärande' });
  await expect(learning).toContainText('Koda här');
  await expect(learning).toContainText('Koda inte här');
  await expect(learning).toContainText('Exempel');
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});
