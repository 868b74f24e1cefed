import { expect, test, type Page } from '@playwright/test';
import { addProject, chooseFile, createEvaluation, nav } from './helpers';

/** A table of `rows` rows of 12 columns: `;`, decimal commas, CRLF. */
function table(rows: number): string {
  const lines = ['Projektkod;År;Kommun;' + Array.from({ length: 9 }, (_, i) => `Indikator ${i + 1}`).join(';')];
  for (let r = 0; r < rows; r++) lines.push(`MB-${r % 97};${2020 + (r % 5)};Mora;` + Array.from({ length: 9 }, (_, c) => `${(r * (c + 3)) % 1000},${c}`).join(';'));
  return lines.join('\r\n');
}

/** Datasets and their rows (in the pieces of datasetRowPieces, schema v12), read straight from IndexedDB. */
async function storedCounts(page: Page): Promise<{ datasets: number; rows: number }> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('sparbar');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const count = (name: string) =>
      new Promise<number>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).count();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const rows = await new Promise<number>((resolve, reject) => {
      const request = db.transaction('datasetRowPieces').objectStore('datasetRowPieces').getAll();
      // A piece's ids are a list, or (schema v14, a new table's rows) the run they were made as.
      request.onsuccess = () => resolve((request.result as { ids: unknown[] | { count: number } }[]).reduce((sum, piece) => sum + (Array.isArray(piece.ids) ? piece.ids.length : piece.ids.count), 0));
      request.onerror = () => reject(request.error);
    });
    const counts = { datasets: await count('datasets'), rows };
    db.close();
    return counts;
  });
}

/**
 * Holds a write transaction on the datasets in the page (a read placed as each one succeeds keeps it
 * alive) until `release` is called: the worker's store waits for it, so the test can cancel while the
 * store is under way however fast the store is. Returns once the transaction holds the lock.
 */
async function holdDatasetStores(page: Page): Promise<{ release: () => Promise<void> }> {
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('sparbar');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const held = window as unknown as { __release?: boolean; __released?: Promise<void> };
    held.__release = false;
    await new Promise<void>((started) => {
      const transaction = db.transaction(['datasets', 'datasetRowPieces'], 'readwrite');
      const store = transaction.objectStore('datasets');
      held.__released = new Promise<void>((done) => {
        transaction.oncomplete = () => {
          db.close();
          done();
        };
      });
      const keepAlive = () => {
        if (held.__release) return;
        store.count().onsuccess = keepAlive;
      };
      store.count().onsuccess = () => {
        started();
        keepAlive();
      };
    });
  });
  return {
    release: () =>
      page.evaluate(async () => {
        const held = window as unknown as { __release?: boolean; __released?: Promise<void> };
        held.__release = true;
        await held.__released;
      }),
  };
}

test('a large table is stored from the table worker; cancelled while storing, nothing of it is kept', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await createEvaluation(page, 'Stora tabeller');
  await addProject(page, 'Mora');
  await nav(page, 'Data').click();
  const file = { name: 'indikatorer.csv', mimeType: 'text/csv', buffer: Buffer.from(table(60_000), 'utf8') };

  // Cancelled while the worker stores it: the transaction aborts whole.
  await chooseFile(page, () => page.getByRole('button', { name: 'Importera tabell' }).click(), file);
  const dialog = page.getByRole('dialog', { name: 'Importera tabell' });
  await expect(dialog.getByText(/60.000 rader, 12 kolumner/)).toBeVisible({ timeout: 60_000 });
  await expect(dialog.getByText(/och 59.980 rader till/)).toBeVisible();
  // The key column guessed and counted in the worker, which counts another column on request.
  await expect(dialog.getByLabel('Kolumn som anger projektet')).toHaveValue('2');
  await expect(dialog.getByText(/^60.000 av 60.000 rader matchar ett projekt/)).toBeVisible();
  await dialog.getByLabel('Kolumn som anger projektet').selectOption({ label: 'Projektkod' });
  await expect(dialog.getByText(/^0 av 60.000 rader matchar ett projekt/)).toBeVisible();
  // The store waits behind the page's own transaction, so Avbryt comes while it is under way.
  const hold = await holdDatasetStores(page);
  await dialog.getByRole('button', { name: 'Spara som dataset' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Sparar' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await expect(dialog).toBeHidden();
  await hold.release();
  await page.waitForTimeout(500);
  expect(await storedCounts(page)).toEqual({ datasets: 0, rows: 0 });

  // Stored: every row, linked to its line, and the dataset's screen shows them.
  await chooseFile(page, () => page.getByRole('button', { name: 'Importera tabell' }).click(), file);
  await expect(dialog.getByText(/60.000 rader, 12 kolumner/)).toBeVisible({ timeout: 60_000 });
  await dialog.getByRole('button', { name: 'Spara som dataset' }).click();
  await expect(page.getByRole('heading', { name: 'indikatorer', level: 1 })).toBeVisible({ timeout: 120_000 });
  await expect(page.getByText(/Visar 60.000 av 60.000 rader/)).toBeVisible({ timeout: 60_000 });
  expect(await storedCounts(page)).toEqual({ datasets: 1, rows: 60_000 });
});

test('a table of many megabytes is read in parts at once, and reads as the whole file does', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await createEvaluation(page, 'Delar');
  await nav(page, 'Data').click();
  // About 6 MB: read by the table worker and a helper at once (a part from 2 MB). In the second half,
  // a value that turns the column `Indikator 2` to text, a quoted field over three lines, and a row with a
  // field too many, so that the type, the lines and the problems come right only if the parts are joined.
  const lines = table(90_000).split('\r\n');
  lines[80_001] = lines[80_001]!.replace(/^(MB-\d+;\d+;Mora;[^;]*;)[^;]*/, '$1saknas');
  lines[85_001] = lines[85_001]!.replace(/^MB-\d+/, '"MB-stor\r\nrad två\r\nrad tre"');
  lines[88_001] = `${lines[88_001]};extra`;
  const file = { name: 'stora.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\r\n'), 'utf8') };
  await chooseFile(page, () => page.getByRole('button', { name: 'Importera tabell' }).click(), file);
  const dialog = page.getByRole('dialog', { name: 'Importera tabell' });
  // The row with a field too many gives the table a 13th column.
  await expect(dialog.getByText(/90.000 rader, 13 kolumner/)).toBeVisible({ timeout: 60_000 });
  await expect(dialog.getByLabel('Typ för kolumnen Indikator 2')).toHaveValue('text');
  await expect(dialog.getByLabel('Typ för kolumnen Indikator 1')).toHaveValue('decimal');
  // Line 88,002 in the data, two lines further down the file for the quoted field's line breaks.
  await expect(dialog.getByText(/^Rad 88004 har fel antal fält \(13; rubrikraden har 12\)/)).toBeVisible();
  await dialog.getByRole('checkbox', { name: 'Hoppa över rader som inte går att läsa' }).check();
  await dialog.getByRole('button', { name: 'Spara som dataset' }).click();
  await expect(page.getByRole('heading', { name: 'stora', level: 1 })).toBeVisible({ timeout: 120_000 });
  await expect(page.getByText(/Visar 89.999 av 89.999 rader/)).toBeVisible({ timeout: 60_000 });
  expect(await storedCounts(page)).toEqual({ datasets: 1, rows: 89_999 });
});
