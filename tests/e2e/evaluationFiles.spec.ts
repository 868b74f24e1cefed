import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { chooseFile, nav, watchNetwork } from './helpers';

// Issue 11's Done path in web mode: the demo saved as an encrypted evaluation file (downloaded), deleted,
// opened again from the file with its passphrase, and everything is there; a wrong passphrase and a
// flipped byte are refused with their own messages and nothing is added; opening it again offers
// replace or keep both.

const TITLE = 'Delutvärdering av Lärande för tillväxt i Mellanbygden';
const PASSPHRASE = 'fjällräven korsar ängen i gryningen';
const SHOTS = process.env.SPARBAR_SHOTS ?? '/tmp';

function evaluationsTable(page: Page) {
  return page.getByRole('table', { name: 'Utvärderingar på den här datorn' });
}

async function openFile(page: Page, name: string, bytes: Buffer) {
  await nav(page, 'Utvärderingar').click();
  await chooseFile(page, () => page.getByRole('button', { name: 'Öppna utvärderingsfil…' }).click(), { name, mimeType: 'application/octet-stream', buffer: bytes });
  return page.getByRole('dialog', { name: 'Öppna utvärderingsfil' });
}

test('an encrypted evaluation file saves, opens after a delete with everything in it, and refuses a wrong passphrase or a flipped byte', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const outside = watchNetwork(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Öppna demoutvärdering' }).click();
  await expect(page.getByText('Kodade citat i matrisen: 16')).toBeVisible();

  // Save it encrypted: the passphrase twice, its strength in words, the warning about a lost passphrase.
  await nav(page, 'Översikt').click();
  await page.getByRole('button', { name: 'Spara som utvärderingsfil…' }).click();
  const save = page.getByRole('dialog', { name: 'Spara som utvärderingsfil' });
  await save.getByRole('checkbox', { name: 'Kryptera med lösenfras' }).check();
  await expect(save.getByText('Om den glöms bort går filen inte att öppna')).toBeVisible();
  await save.getByLabel('Lösenfras', { exact: true }).fill('sommar');
  await expect(save.getByText(/Lösenfrasens styrka: (Mycket svag|Svag)/)).toBeVisible();
  await save.getByLabel('Lösenfras', { exact: true }).fill(PASSPHRASE);
  await expect(save.getByText(/Lösenfrasens styrka: (Stark|Mycket stark)/)).toBeVisible();
  await save.getByLabel('Lösenfrasen en gång till').fill(`${PASSPHRASE}x`);
  await save.getByRole('button', { name: 'Spara…' }).click();
  await expect(save.getByRole('alert')).toHaveText('Lösenfraserna är inte lika. Skriv samma lösenfras två gånger.');
  await save.getByLabel('Lösenfrasen en gång till').fill(PASSPHRASE);
  await expect(save.getByRole('alert')).toBeHidden();
  await save.screenshot({ path: `${SHOTS}/evapp-save-dialog.png` });
  // Avbryt while the key is derived stops the work and closes the dialog: nothing is saved.
  const downloads: string[] = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
  await save.getByRole('button', { name: 'Spara…' }).click();
  await save.getByRole('button', { name: 'Avbryt' }).click();
  await expect(save).toBeHidden();
  await page.waitForTimeout(2000);
  expect(downloads).toEqual([]);
  await page.getByRole('button', { name: 'Spara som utvärderingsfil…' }).click();
  await save.getByRole('checkbox', { name: 'Kryptera med lösenfras' }).check();
  await save.getByLabel('Lösenfras', { exact: true }).fill(PASSPHRASE);
  await save.getByLabel('Lösenfrasen en gång till').fill(PASSPHRASE);
  const download = page.waitForEvent('download');
  await save.getByRole('button', { name: 'Spara…' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`${TITLE}.sparbar`);
  const bytes = await readFile(await file.path());
  expect(bytes.subarray(0, 8).toString('latin1')).toBe('SPARBARE');
  await expect(save).toBeHidden();

  // Delete the evaluation.
  await nav(page, 'Utvärderingar').click();
  await evaluationsTable(page).getByRole('button', { name: `Ta bort ${TITLE}` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ta bort utvärderingen' }).click();
  await expect(page.getByText('Det finns inga utvärderingar ännu.')).toBeVisible();

  // A flipped byte: refused with its own words, nothing added.
  const flipped = Buffer.from(bytes);
  flipped[flipped.length - 200]! ^= 1;
  let open = await openFile(page, 'flipped.sparbar', flipped);
  await open.getByLabel('Lösenfras').fill(PASSPHRASE);
  await open.getByRole('button', { name: 'Öppna' }).click();
  await expect(open.getByRole('alert')).toContainText('Filen har ändrats eller skadats efter att den sparades');
  await open.getByRole('button', { name: 'Avbryt' }).click();
  await expect(evaluationsTable(page)).toBeHidden();

  // Cancelled while the key is derived (Argon2id, about a second): the worker stops, nothing is added.
  open = await openFile(page, file.suggestedFilename(), bytes);
  await open.getByLabel('Lösenfras').fill(PASSPHRASE);
  await open.getByRole('button', { name: 'Öppna' }).click();
  await expect(open.getByRole('progressbar', { name: 'Förlopp' })).toBeVisible();
  await open.getByRole('button', { name: 'Avbryt' }).click();
  await expect(open).toBeHidden();
  await page.waitForTimeout(2000);
  await expect(page.getByText('Det finns inga utvärderingar ännu.')).toBeVisible();

  // A wrong passphrase says so, and the right one opens it.
  open = await openFile(page, file.suggestedFilename(), bytes);
  await expect(open.getByText('är krypterad. Skriv lösenfrasen')).toBeVisible();
  await open.getByLabel('Lösenfras').fill('fel lösenfras');
  await open.getByRole('button', { name: 'Öppna' }).click();
  await expect(open.getByRole('alert')).toContainText('Fel lösenfras');
  await open.screenshot({ path: `${SHOTS}/evapp-wrong-passphrase.png` });
  await open.getByLabel('Lösenfras').fill(PASSPHRASE);
  await open.getByRole('button', { name: 'Öppna' }).click();
  await expect(page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();

  // Everything is back: the matrix's count, the documents, a programme report's quotes in the reader.
  await nav(page, 'Resultatmatris').click();
  await expect(page.getByText('Kodade citat i matrisen: 16')).toBeVisible();
  await nav(page, 'Dokument').click();
  await expect(page.getByRole('table', { name: 'Utvärderingens dokument' }).getByRole('row')).toHaveCount(8);
  await page.getByRole('table', { name: 'Utvärderingens dokument' }).getByRole('link', { name: /Programrapport 2024/ }).click();
  await expect(page.locator('mark.coded')).toHaveCount(3);
  await expect(page.locator('mark.coded', { hasText: 'Sommenbygd året runt visar hur svårt' }).first()).toBeVisible();

  // On another machine (another browser profile, its own empty store): the file opens with everything.
  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  const outsideThere = watchNetwork(other);
  await other.goto('/');
  await expect(other.getByText('Det finns inga utvärderingar ännu.')).toBeVisible();
  const openThere = await openFile(other, file.suggestedFilename(), bytes);
  await openThere.getByLabel('Lösenfras').fill(PASSPHRASE);
  await openThere.getByRole('button', { name: 'Öppna' }).click();
  await expect(other.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
  await nav(other, 'Resultatmatris').click();
  await expect(other.getByText('Kodade citat i matrisen: 16')).toBeVisible();
  await nav(other, 'Dokument').click();
  await other.getByRole('table', { name: 'Utvärderingens dokument' }).getByRole('link', { name: /Programrapport 2024/ }).click();
  await expect(other.locator('mark.coded')).toHaveCount(3);
  expect(outsideThere).toEqual([]);
  await elsewhere.close();

  // The same file again: replace or keep both.
  open = await openFile(page, file.suggestedFilename(), bytes);
  await open.getByLabel('Lösenfras').fill(PASSPHRASE);
  await open.getByRole('button', { name: 'Öppna' }).click();
  const exists = page.getByRole('dialog', { name: 'Utvärderingen finns redan' });
  await expect(exists.getByRole('button', { name: 'Ersätt den befintliga' })).toBeVisible();
  await exists.screenshot({ path: `${SHOTS}/evapp-exists-dialog.png` });
  await exists.getByRole('button', { name: 'Behåll båda (en kopia)' }).click();
  await expect(page.getByRole('heading', { name: `${TITLE} (kopia)`, level: 1 })).toBeVisible();
  await nav(page, 'Utvärderingar').click();
  await expect(evaluationsTable(page).getByRole('row')).toHaveCount(3);

  // Replace: still two evaluations.
  open = await openFile(page, file.suggestedFilename(), bytes);
  await open.getByLabel('Lösenfras').fill(PASSPHRASE);
  await open.getByRole('button', { name: 'Öppna' }).click();
  await page.getByRole('dialog', { name: 'Utvärderingen finns redan' }).getByRole('button', { name: 'Ersätt den befintliga' }).click();
  await expect(page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
  await nav(page, 'Utvärderingar').click();
  await expect(evaluationsTable(page).getByRole('row')).toHaveCount(3);
  expect(outside).toEqual([]);
});

test('a damaged evaluation file is refused with its reason and nothing is added; a plain one dropped on the list opens without a passphrase', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Öppna demoutvärdering' }).click();
  await nav(page, 'Översikt').click();
  await page.getByRole('button', { name: 'Spara som utvärderingsfil…' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('dialog', { name: 'Spara som utvärderingsfil' }).getByRole('button', { name: 'Spara…' }).click();
  const bytes = await readFile(await (await download).path());
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');

  const damaged = Buffer.from(bytes.subarray(0, Math.floor(bytes.length / 2)));
  const open = await openFile(page, 'halv.sparbar', damaged);
  await expect(open.getByRole('alert')).toContainText('Inget har öppnats');
  await open.screenshot({ path: `${SHOTS}/evapp-damaged.png` });
  await open.getByRole('button', { name: 'Stäng' }).click();
  await expect(evaluationsTable(page).getByRole('row')).toHaveCount(2);

  // Dropped on the list, the whole file opens without a passphrase; the demo is there, so keep both.
  const dataTransfer = await page.evaluateHandle((base64) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], 'demo.sparbar'));
    return transfer;
  }, bytes.toString('base64'));
  await page.locator('section.screen').dispatchEvent('drop', { dataTransfer });
  await page.getByRole('dialog', { name: 'Utvärderingen finns redan' }).getByRole('button', { name: 'Behåll båda (en kopia)' }).click();
  await expect(page.getByRole('heading', { name: `${TITLE} (kopia)`, level: 1 })).toBeVisible();
  await nav(page, 'Utvärderingar').click();
  await expect(evaluationsTable(page).getByRole('row')).toHaveCount(3);
});
