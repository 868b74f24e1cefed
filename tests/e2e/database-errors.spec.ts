import { expect, test } from '@playwright/test';

test('without IndexedDB the window explains what to do instead of going blank', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: 'Lokal lagring är inte tillgänglig' })).toBeVisible();
  await expect(alert).toContainText('Öppna Spårbar i ett vanligt fönster');
  await expect(alert.getByRole('button', { name: 'Försök igen' })).toBeVisible();
});

test('a database left by a newer version of Spårbar is not touched, and the window says so', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Utvärderingar', level: 1 })).toBeVisible();
  // Simulate a newer release: bump the database version and add a store this release does not know.
  await page.evaluate(async () => {
    const current = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('sparbar');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const version = current.version;
    current.close();
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('sparbar', version + 100);
      request.onupgradeneeded = () => request.result.createObjectStore('futureTable', { keyPath: 'id' });
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
      request.onblocked = () => undefined;
    });
  });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Databasen är från en nyare version' })).toBeVisible();
});
