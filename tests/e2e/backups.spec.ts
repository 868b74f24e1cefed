import { expect, test, type Page } from '@playwright/test';
import { nav, openDemo, watchNetwork } from './helpers';

// Issue 11's automatic backups in web mode: the demo is backed up when opened; after a change and 16
// minutes (the page's clock) a second backup; restoring the first in place brings back what the change
// removed ("a backup restores last hour's state"); restoring as a copy adds "(kopia)". A backup that
// cannot be written says so once, in a notice that stays until dismissed.

const TITLE = 'Delutvärdering av Lärande för tillväxt i Mellanbygden';
const SHOTS = process.env.SPARBAR_SHOTS ?? '/tmp';

function backupsOf(page: Page, title = TITLE) {
  return page.getByRole('table', { name: `Säkerhetskopior av ${title}` });
}

async function openSettings(page: Page) {
  await nav(page, 'Inställningar').click();
  await expect(page.getByRole('heading', { name: 'Säkerhetskopior', level: 2 })).toBeVisible();
}

test('backups: on opening, after 15 minutes with a change, restored in place and as a copy', async ({ page }) => {
  test.setTimeout(120_000);
  const outside = watchNetwork(page);
  await page.clock.install({ time: new Date('2026-12-07T09:00:00') });
  await openDemo(page);

  await openSettings(page);
  const rows = backupsOf(page).getByRole('row');
  await expect(rows).toHaveCount(2); // the header and the backup made on opening
  await expect(rows.nth(1)).toContainText('2026-12-07 09:00');
  await expect(rows.nth(1)).toContainText(/\d+ projekt, \d+ dokument, \d+ citat, \d+ slutsats/);
  await expect(rows.nth(1)).toContainText('Nej');
  await expect(page.getByText('webbläsarens privata filsystem')).toBeVisible();

  // A change: delete a finding (Settings has no evaluation menu: back to the matrix first).
  await page.goBack();
  await nav(page, 'Slutsatser').click();
  const remove = page.getByRole('button', { name: /^Ta bort / }).first();
  const label = (await remove.getAttribute('aria-label')) ?? '';
  const findingTitle = label.replace(/^Ta bort /, '');
  expect(findingTitle).not.toBe('');
  await remove.click();
  await expect(page.getByRole('button', { name: label, exact: true })).toHaveCount(0);

  // Sixteen minutes later the minute's check finds the change: a second backup.
  await page.clock.fastForward('16:00');
  await openSettings(page);
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText('2026-12-07 09:16');
  await expect(rows.nth(1)).toContainText('4 slutsatser');
  await expect(rows.nth(2)).toContainText('5 slutsatser');
  await page.getByRole('region', { name: 'Säkerhetskopior' }).screenshot({ path: `${SHOTS}/backup-settings.png` });

  // Restore the first in place, after a confirmation naming the evaluation and the backup's time.
  await rows.nth(2).getByRole('button', { name: 'Återställ och ersätt (säkerhetskopian från 2026-12-07 09:00)' }).click();
  const confirm = page.getByRole('dialog', { name: 'Återställa och ersätta?' });
  await expect(confirm).toContainText(`”${TITLE}” ersätts med säkerhetskopian från 2026-12-07 09:00`);
  await confirm.getByRole('button', { name: 'Återställ och ersätt' }).click();
  await expect(page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
  await nav(page, 'Slutsatser').click();
  await expect(page.getByRole('heading', { name: 'Slutsatser', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: label, exact: true })).toHaveCount(1);

  // Restore the newest as a copy: a second evaluation "(kopia)", without the deleted finding. Restoring
  // made no backup of its own: still the two.
  await openSettings(page);
  await expect(rows).toHaveCount(3);
  await rows.nth(1).getByRole('button', { name: 'Återställ som kopia (säkerhetskopian från 2026-12-07 09:16)' }).click();
  await expect(page.getByRole('heading', { name: `${TITLE} (kopia)`, level: 1 })).toBeVisible();
  await nav(page, 'Slutsatser').click();
  await expect(page.getByRole('heading', { name: 'Slutsatser', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: label, exact: true })).toHaveCount(0);
  await nav(page, 'Utvärderingar').click();
  await expect(page.getByRole('table', { name: 'Utvärderingar på den här datorn' }).getByRole('row')).toHaveCount(3);
  expect(outside).toEqual([]);
});

test('a backup that cannot be written says so once, in a notice that stays until dismissed', async ({ page }) => {
  // The browser has no origin-private file system and its own backup database cannot be opened (a full disk).
  await page.addInitScript(() => {
    Object.defineProperty(StorageManager.prototype, 'getDirectory', { value: () => Promise.reject(new Error('no OPFS')) });
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
      if (name === 'sparbar-backups') throw new DOMException('Diskutrymmet är slut', 'QuotaExceededError');
      return open.call(this, name, version);
    };
  });
  await openDemo(page);
  const notice = page.getByRole('alert').filter({ hasText: 'Säkerhetskopian kunde inte sparas' });
  await expect(notice).toHaveCount(1);
  await expect(notice).toContainText('Diskutrymmet är slut');
  await expect(notice).toContainText('Spara en utvärderingsfil för hand');
  await page.screenshot({ path: `${SHOTS}/backup-failure.png` });
  // Backing up again fails again: still one notice.
  await openSettings(page);
  await page.getByRole('button', { name: 'Säkerhetskopiera nu' }).click();
  await expect(page.getByRole('button', { name: 'Säkerhetskopiera nu' })).toBeEnabled();
  await expect(notice).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Säkerhetskopior' }).getByRole('alert')).toContainText('Säkerhetskopiorna kunde inte läsas');
  await notice.getByRole('button', { name: 'Stäng meddelandet om säkerhetskopian' }).click();
  await expect(notice).toHaveCount(0);
  await page.getByRole('button', { name: 'Säkerhetskopiera nu' }).click();
  await expect(page.getByRole('button', { name: 'Säkerhetskopiera nu' })).toBeEnabled();
  await expect(notice).toHaveCount(0);
});

test('without OPFS backups go to their own IndexedDB database; an encrypted backup asks for its passphrase to restore', async ({ page }) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => {
    Object.defineProperty(StorageManager.prototype, 'getDirectory', { value: undefined });
  });
  await openDemo(page);
  await openSettings(page);
  const region = page.getByRole('region', { name: 'Säkerhetskopior' });
  await expect(region.getByText('en egen databas i webbläsaren (sparbar-backups)')).toBeVisible();
  const rows = backupsOf(page).getByRole('row');
  await expect(rows).toHaveCount(2);
  expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name).sort())).toEqual(['sparbar', 'sparbar-backups']);

  // A backup passphrase, asked twice, then "Säkerhetskopiera nu": the new backup is encrypted, its contents not shown.
  const passphrase = 'fjällräven korsar ängen i gryningen';
  await region.getByRole('checkbox', { name: 'Kryptera säkerhetskopior med lösenfras' }).check();
  await region.getByLabel('Lösenfras', { exact: true }).fill(passphrase);
  await region.getByLabel('Lösenfrasen en gång till').fill('något annat');
  await region.getByRole('button', { name: 'Använd lösenfrasen' }).click();
  await expect(region.getByRole('alert')).toHaveText('Lösenfraserna är inte lika. Skriv samma lösenfras två gånger.');
  await region.getByLabel('Lösenfrasen en gång till').fill(passphrase);
  await region.getByRole('button', { name: 'Använd lösenfrasen' }).click();
  await expect(region.getByText('Nya säkerhetskopior krypteras med lösenfrasen du angav')).toBeVisible();
  await region.getByRole('button', { name: 'Säkerhetskopiera nu' }).click();
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText('Visas inte (krypterad)');
  await expect(rows.nth(1).getByRole('cell').nth(2)).toHaveText('Ja');
  await region.screenshot({ path: `${SHOTS}/backup-encrypted.png` });

  // Restoring it as a copy asks for the passphrase; a wrong one is refused.
  await rows.nth(1).getByRole('button', { name: /^Återställ som kopia/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Återställ säkerhetskopia' });
  await dialog.getByLabel('Lösenfras').fill('fel lösenfras');
  await dialog.getByRole('button', { name: 'Öppna' }).click();
  await expect(dialog.getByRole('alert')).toBeVisible();
  await dialog.getByLabel('Lösenfras').fill(passphrase);
  await dialog.getByRole('button', { name: 'Öppna' }).click();
  await expect(page.getByRole('heading', { name: `${TITLE} (kopia)`, level: 1 })).toBeVisible({ timeout: 30_000 });
});
