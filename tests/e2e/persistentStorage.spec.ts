import { expect, test, type Page } from '@playwright/test';
import { nav } from './helpers';

// The browser's answer to navigator.storage.persist() is set here, as a refusing or granting browser gives it.
async function browserSays(page: Page, persisted: boolean) {
  await page.addInitScript((answer) => {
    const storage = navigator.storage;
    Object.defineProperty(storage, 'persisted', { value: () => Promise.resolve(answer) });
    Object.defineProperty(storage, 'persist', { value: () => Promise.resolve(answer) });
  }, persisted);
}

test('refused persistent storage: a notice once on the evaluations screen, and Settings says what it means and what to do', async ({ page }) => {
  await browserSays(page, false);
  await page.goto('/');
  const notice = page.getByRole('region', { name: 'Lagringen i webbläsaren' });
  await expect(notice).toContainText('kan radera dina utvärderingar utan att fråga');
  await expect(notice).toContainText('Använd skrivbordsappen');
  await notice.screenshot({ path: '/tmp/tabs-persist-notice.png' });

  await notice.getByRole('link', { name: 'Mer om lagringen i Inställningar' }).click();
  await expect(page.getByRole('heading', { name: 'Inställningar' })).toBeVisible();
  await expect(page.getByText('Nej, data kan rensas om disken blir full')).toBeVisible();
  const explanation = page.getByRole('note').filter({ hasText: 'beständig lagring' });
  await expect(explanation).toContainText('Webbläsaren har inte gett Spårbar beständig lagring.');
  await expect(explanation).toContainText('spara varje utvärdering som fil regelbundet (Översikt › Spara som utvärderingsfil…)');
  await page.locator('.panel').filter({ hasText: 'Lagring' }).screenshot({ path: '/tmp/tabs-persist-settings.png' });
  await page.getByLabel('Språk').selectOption('en');
  await expect(page.getByRole('note').filter({ hasText: 'persistent storage' })).toContainText('The browser has not given Spårbar persistent storage.');
  await page.getByLabel('Language').selectOption('sv');

  // Put away, it stays away.
  await nav(page, 'Utvärderingar').click();
  await notice.getByRole('button', { name: 'Visa inte igen' }).click();
  await expect(notice).toBeHidden();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Utvärderingar', level: 1 })).toBeVisible();
  await expect(notice).toBeHidden();
});

test('granted persistent storage: Settings says so, and no notice', async ({ page }) => {
  await browserSays(page, true);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Utvärderingar', level: 1 })).toBeVisible();
  await nav(page, 'Inställningar').click();
  await expect(page.getByText('Webbläsaren har gett Spårbar beständig lagring')).toBeVisible();
  await nav(page, 'Utvärderingar').click();
  await expect(page.getByRole('heading', { name: 'Utvärderingar', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Lagringen i webbläsaren' })).toHaveCount(0);
});
