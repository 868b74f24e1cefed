import { expect, test } from '@playwright/test';
import { manyPagesPdf, nestedDivsHtml, nestedTablesDocx } from '../fixtures/hostile/hostileDocuments';
import { addProject, chooseFile, createEvaluation, nav } from './helpers';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

test('hostile files are refused in the import list with the limit and their figure, and only the good file is stored', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await createEvaluation(page, 'Fientliga filer');
  await addProject(page, 'Projekt Ett');
  await nav(page, 'Dokument').click();
  await chooseFile(page, () => page.getByRole('button', { name: 'Importera dokument' }).click(), [
    { name: 'tabeller.docx', mimeType: DOCX, buffer: Buffer.from(nestedTablesDocx()) },
    { name: 'djup.html', mimeType: 'text/html', buffer: Buffer.from(nestedDivsHtml()) },
    { name: 'sidor.pdf', mimeType: 'application/pdf', buffer: Buffer.from(manyPagesPdf()) },
    { name: 'slutrapport.txt', mimeType: 'text/plain', buffer: Buffer.from('Projektet nådde sina mål och samverkan ökade.\n') },
  ]);
  const dialog = page.getByRole('dialog', { name: 'Importera dokument' });
  const alerts = dialog.getByRole('alert');
  await expect(alerts.filter({ hasText: 'tabeller.docx' })).toHaveText(/har tabeller i tabeller i fler än 50 nivåer \(51\)\. .*Inget har importerats\./, { timeout: 60_000 });
  await expect(alerts.filter({ hasText: 'djup.html' })).toContainText('har element inuti element i fler än 1\u00a0000 nivåer (1\u00a0001)');
  await expect(alerts.filter({ hasText: 'sidor.pdf' })).toHaveText(
    'Dokumentet sidor.pdf har fler än 5\u00a0000 sidor (100\u00a0000). Dela upp det i mindre PDF-filer och importera dem var för sig. Inget har importerats.',
    { timeout: 60_000 },
  );
  await dialog.getByLabel('Projekt för slutrapport.txt').selectOption({ label: 'Projekt Ett' });
  await dialog.evaluate((element) => element.scrollTo(0, 0));
  await page.screenshot({ path: '/tmp/limits-import-list.png', fullPage: true });
  await dialog.getByRole('button', { name: 'Importera (1)' }).click();
  const results = dialog.getByRole('list', { name: 'Resultat av importen' });
  await expect(results).toContainText('sidor.pdf har fler än 5\u00a0000 sidor (100\u00a0000)');
  await page.screenshot({ path: '/tmp/limits-import-results.png', fullPage: true });
  await dialog.getByRole('button', { name: 'Stäng' }).click();
  const table = page.getByRole('table', { name: 'Utvärderingens dokument' });
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table).toContainText('Slutrapport');
});
