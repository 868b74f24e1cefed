import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import { addProject, chooseFile, createEvaluation, FIXTURES, nav } from './helpers';

// A full disk simulated in Chromium: DevTools' Storage.overrideQuotaForOrigin gives the origin a quota of
// 1 kB, below what it uses, so the import's transaction (a 42 kB PDF kept byte for byte) cannot commit.
// Chromium's IndexedDB keeps the space it found left for about 30 seconds, so the test first waits until a
// write to a database of its own is refused. (navigator.storage.estimate still reports the real quota.)
async function waitUntilFull(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const db = await new Promise<IDBDatabase>((resolve, reject) => {
            const open = indexedDB.open('quota-probe', 1);
            open.onupgradeneeded = () => open.result.createObjectStore('probe');
            open.onsuccess = () => resolve(open.result);
            open.onerror = () => reject(open.error);
          });
          const outcome = await new Promise<string>((resolve) => {
            const tx = db.transaction('probe', 'readwrite');
            tx.objectStore('probe').put('x'.repeat(20_000), 1);
            tx.oncomplete = () => resolve('stored');
            tx.onabort = () => resolve(tx.error?.name ?? 'aborted');
          });
          db.close();
          return outcome;
        }),
      { timeout: 60_000, intervals: [2000] },
    )
    .toBe('QuotaExceededError');
}

test('an import that does not fit says storage is full, how much is used and what to do, and stores nothing', async ({ page }) => {
  test.setTimeout(150_000);
  await page.goto('/');
  await createEvaluation(page, 'Fullt lagringsutrymme');
  await addProject(page, 'Projekt X');

  const origin = new URL(page.url()).origin;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1024 });
  try {
    await waitUntilFull(page);
    await nav(page, 'Dokument').click();
    const file = path.join(FIXTURES, 'pdf/generated/report.pdf');
    await chooseFile(page, () => page.getByRole('button', { name: 'Importera dokument' }).click(), [file]);
    const dialog = page.getByRole('dialog', { name: 'Importera dokument' });
    await dialog.getByLabel('Projekt för report.pdf').selectOption({ label: 'Projekt X' });
    const submit = dialog.getByRole('button', { name: 'Importera (1)' });
    await expect(submit).toBeEnabled({ timeout: 60_000 });
    await submit.click();

    const results = dialog.getByRole('list', { name: 'Resultat av importen' });
    await expect(results).toContainText('Lagringsutrymmet är fullt: Spårbar använder');
    await expect(results).toContainText('Ta bort gamla dokumentversioner');
    await expect(results).toContainText('spara utvärderingen till en fil');
    await expect(results).not.toContainText(/QuotaExceeded|UnknownError|AbortError/);
    await page.screenshot({ path: '/tmp/pieces-storage-full.png' });
    await dialog.getByRole('button', { name: 'Stäng' }).click();
    await expect(page.getByText('Inga dokument ännu.')).toBeVisible();
  } finally {
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  }
  // Nothing of the document was written: after a reload the list is still empty.
  await page.reload();
  await nav(page, 'Dokument').click();
  await expect(page.getByText('Inga dokument ännu.')).toBeVisible();
});
