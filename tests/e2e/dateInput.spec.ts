import { expect, test } from '@playwright/test';
import { nav } from './helpers';

// An English system: a native date input would show and take 03/05/2025 here.
test.use({ locale: 'en-US' });

test('dates are read and written year first whatever the system locale, loose forms are tidied, and a day-first date is refused', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Ny utvärdering' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ny utvärdering' });
  await dialog.getByLabel('Titel').fill('Datumprovet');
  const start = dialog.getByLabel('Periodens start');
  await expect(start).toHaveAttribute('placeholder', 'ÅÅÅÅ-MM-DD');
  await start.fill('2025-3-5');
  await start.blur();
  await expect(start).toHaveValue('2025-03-05');
  const end = dialog.getByLabel('Periodens slut');
  await end.fill('05/03/2026');
  await end.blur();
  await expect(end).toHaveAttribute('aria-invalid', 'true');
  await dialog.getByRole('button', { name: 'Skapa utvärdering' }).click();
  await expect(dialog.getByText('Skriv datumet som ÅÅÅÅ-MM-DD.')).toBeVisible();
  await end.fill('20261231');
  await end.blur();
  await expect(end).toHaveValue('2026-12-31');
  await dialog.getByRole('button', { name: 'Skapa utvärdering' }).click();
  await expect(page.getByRole('heading', { name: 'Datumprovet', level: 1 })).toBeVisible();
  await expect(page.getByText('2025-03-05')).toBeVisible();

  // A filter takes the date once it is a whole one, and keeps what is being typed meanwhile.
  await nav(page, 'Resultatmatris').click();
  const from = page.getByLabel('Dokumentdatum från');
  await from.pressSequentially('2024-06-01');
  await expect(from).toHaveValue('2024-06-01');
  await expect(page).toHaveURL(/dateFrom=2024-06-01/);
  await from.fill('');
  await expect(page).not.toHaveURL(/dateFrom=/);
});
