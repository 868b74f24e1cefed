import { expect, test } from '@playwright/test';
import { chooseFile, createEvaluation, nav } from './helpers';

// Text files large enough that storing it takes a while (its text, its twin sketch), so the page can be
// reloaded after the first file is stored and before the last.
function largeText(seed: number): string {
  const words = ['samverkan', 'näringsliv', 'kommunen', 'regionen', 'utveckling', 'projektet', 'företagen', 'kompetens', 'innovation', 'besöksnäring'];
  const lines: string[] = [];
  for (let i = 0; i < 120_000; i++) lines.push(`Stycke ${seed}-${i}: ${words[i % 10]} ${words[(i * 7) % 10]} ${words[(i * 3) % 10]} gav ${i % 97} nya kontakter.`);
  return lines.join('\n');
}

const text = (content: string) => Buffer.from(content, 'utf8');

test('reloading mid-import asks first, keeps the documents stored whole, and names the files not stored', async ({ page }) => {
  await page.goto('/');
  await createEvaluation(page, 'Avbruten import');
  await nav(page, 'Dokument').click();
  const files = [
    { name: 'a-forsta.txt', mimeType: 'text/plain', buffer: text('Första rapporten om samverkan.\nDen slutar med denna mening om kompetens.') },
    { name: 'b-stor.txt', mimeType: 'text/plain', buffer: text(largeText(1)) },
    { name: 'c-tredje.txt', mimeType: 'text/plain', buffer: text(largeText(2)) },
    { name: 'd-fjarde.txt', mimeType: 'text/plain', buffer: text('Fjärde rapporten om regionens besöksnäring.') },
  ];
  await chooseFile(page, () => page.getByRole('button', { name: 'Importera dokument' }).click(), files);
  const dialog = page.getByRole('dialog', { name: 'Importera dokument' });
  const submit = dialog.getByRole('button', { name: 'Importera (4)' });
  await expect(submit).toBeEnabled({ timeout: 60_000 });

  const asked: string[] = [];
  page.on('dialog', (d) => {
    asked.push(d.type());
    void d.accept();
  });
  await submit.click();
  // The journal has taken the first file off (or more): reload now, with the rest not yet stored.
  await page.waitForFunction(() => {
    const journal = JSON.parse(localStorage.getItem('sparbar.importJournal') ?? '[]') as { pending: string[] }[];
    return journal.length === 1 && journal[0]!.pending.length < 4;
  }, undefined, { polling: 5 });
  await page.reload();
  expect(asked).toEqual(['beforeunload']);

  const notice = page.getByRole('alert', { name: 'En import avbröts' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('medan dokument importerades till ”Avbruten import”');
  await expect(notice).toContainText(/Importera (filen|filerna) igen under Dokument\./);
  await notice.screenshot({ path: '/tmp/tabs-interrupted.png' });
  const noticeText = (await notice.textContent()) ?? '';
  expect(noticeText).toContain('d-fjarde.txt');
  expect(noticeText).not.toContain('a-forsta.txt');

  // Every file is either stored (whole) or named in the notice, never both.
  await notice.getByRole('button', { name: 'Gå till Dokument' }).click();
  await expect(page.getByRole('heading', { name: 'Dokument', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'A forsta' })).toBeVisible();
  for (const name of ['b-stor.txt', 'c-tredje.txt', 'd-fjarde.txt']) {
    const title = name.replace('.txt', '').replace('-', ' ').replace(/^./, (c) => c.toUpperCase());
    const stored = await page.getByRole('link', { name: title }).count();
    expect(stored === 1, `${name} stored or named, not both`).toBe(!noticeText.includes(name));
  }
  await page.getByRole('link', { name: 'A forsta' }).click();
  await expect(page.getByRole('document', { name: 'Dokumentets text' })).toContainText('Den slutar med denna mening om kompetens.');

  // Understood: the notice goes and does not come back.
  await page.getByRole('button', { name: 'Jag förstår' }).click();
  await expect(notice).toBeHidden();
  await page.reload();
  await expect(page.getByRole('document', { name: 'Dokumentets text' })).toBeVisible();
  await expect(page.getByRole('alert', { name: 'En import avbröts' })).toBeHidden();
});
