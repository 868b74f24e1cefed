import { expect, test } from '@playwright/test';
import path from 'node:path';
import { FIXTURES, addProject, applyCode, chooseFile, createEvaluation, createReport, nav, selectPhrase, watchNetwork } from './helpers';

const QUOTE = 'Genom projektet har Älvdalen och Mora för första gången tecknat ett avtal om gemensam företagsrådgivning över kommungränsen.';

test('the walking skeleton: evaluation, project, text report, coding, matrix count, Word export', async ({ page }) => {
  const outside = watchNetwork(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Utvärderingar', level: 1 })).toBeVisible();
  await createEvaluation(page, 'Utvärdering Norra Dalarna 2026');
  await addProject(page, 'Samverkan Norra Dalarna');
  await expect(page.getByRole('cell', { name: '1 250 000 kr' })).toBeVisible();

  // Import a UTF-8 text report into the project.
  await nav(page, 'Dokument').click();
  const fileName = 'samverkan-delrapport-2025-03-31.txt';
  await chooseFile(page, () => page.getByRole('button', { name: 'Importera dokument' }).click(), path.join(FIXTURES, 'reports', fileName));
  const dialog = page.getByRole('dialog', { name: 'Importera dokument' });
  // Guessed from the file name: the only project, the type and the date.
  await expect(dialog.getByLabel(`Projekt för ${fileName}`)).toHaveValue(/.+/);
  await expect(dialog.getByLabel(`Dokumenttyp för ${fileName}`)).toHaveValue('delrapport');
  await expect(dialog.getByLabel(`Datum för ${fileName}`)).toHaveValue('2025-03-31');
  await dialog.getByLabel(`Titel för ${fileName}`).fill('Delrapport 1 – Samverkan Norra Dalarna');
  await dialog.getByRole('button', { name: 'Importera (1)' }).click();
  await expect(dialog.getByRole('list', { name: 'Resultat av importen' })).toContainText(`${fileName} importerades.`);
  await dialog.getByRole('link', { name: 'Öppna ”Delrapport 1 – Samverkan Norra Dalarna”' }).click();

  // The reader shows the text; select a passage and code it.
  await expect(page.getByRole('heading', { name: 'Delrapport 1 – Samverkan Norra Dalarna' })).toBeVisible();
  await expect(page.getByRole('document', { name: 'Dokumentets text' })).toContainText('fyra kommuner');
  await selectPhrase(page, QUOTE);
  await expect(page.getByLabel('Markerad text')).toHaveText(QUOTE);
  await applyCode(page, 'Lokal nivå – Effekter', 'Nya samverkansparter');
  await expect(page.locator('mark.coded')).toHaveText(QUOTE);
  await expect(page.getByRole('heading', { name: 'Kodade citat (1)' })).toBeVisible();

  // The matrix counts it in its cell.
  await nav(page, 'Resultatmatris').click();
  await expect(page.getByText('Kodade citat i matrisen: 1')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Lokal nivå – Effekter: 1 kodat citat' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Regional nivå – Effekter: 0 kodade citat' })).toBeVisible();

  // Make the Word report on the report screen and read it back.
  const report = await createReport(page);
  expect(report.name).toMatch(/^Utvärdering Norra Dalarna 2026 \d{4}-\d{2}-\d{2}\.docx$/);
  const html = report.html;
  // The title page: the title, then the programme and the kind of evaluation.
  expect(html.startsWith('<p>Utvärdering Norra Dalarna 2026</p>')).toBe(true);
  expect(html.slice(0, 400)).toContain('<p>Delutvärdering</p>');
  expect(html).toMatch(/<h1>(<a id="[^"]+"><\/a>)?Resultat per nivå<\/h1>/);
  expect(html).toMatch(/<h2>(<a id="[^"]+"><\/a>)?Lokal nivå – Effekter<\/h2>/);
  expect(html).toMatch(/<h3>(<a id="[^"]+"><\/a>)?Nya samverkansparter<\/h3>/);
  expect(html).toContain(`<blockquote><p>”${QUOTE}”<sup>`);
  expect(html).toContain('Samverkan Norra Dalarna, ”Delrapport 1 – Samverkan Norra Dalarna” (Delrapport, 2025-03-31). Belägg 1.');

  // The tag can be removed; the count follows.
  await nav(page, 'Dokument').click();
  await page.getByRole('link', { name: 'Delrapport 1 – Samverkan Norra Dalarna' }).click();
  await page.getByRole('button', { name: 'Ta bort koden Nya samverkansparter från citatet' }).click();
  await expect(page.locator('mark.coded')).toHaveCount(0);
  await nav(page, 'Resultatmatris').click();
  await expect(page.getByText('Kodade citat i matrisen: 0')).toBeVisible();

  expect(outside).toEqual([]);
});

test('bad files are refused with what to do, a Windows-1252 file is read right, and a duplicate is caught', async ({ page }) => {
  await page.goto('/');
  await createEvaluation(page, 'Felhantering');
  await addProject(page, 'Projekt Ett');
  await nav(page, 'Dokument').click();

  // A PNG named like a report, and a Windows-1252 text with Ä (0xC4) and an en dash (0x96).
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  const ansi = Buffer.from([...Buffer.from('Rapport om samverkan i '), 0xc4, ...Buffer.from('lvdalen '), 0x96, ...Buffer.from(' bra.')]);
  await chooseFile(page, () => page.getByRole('button', { name: 'Importera dokument' }).click(), [
    { name: 'bild-som-rapport.txt', mimeType: 'text/plain', buffer: png },
    { name: 'rapport-ansi.txt', mimeType: 'text/plain', buffer: ansi },
  ]);
  let dialog = page.getByRole('dialog', { name: 'Importera dokument' });
  await expect(dialog.getByRole('alert')).toContainText('bild-som-rapport.txt');
  await expect(dialog.getByRole('button', { name: 'Importera (1)' })).toBeEnabled();
  await dialog.getByRole('button', { name: 'Importera (1)' }).click();
  const results = dialog.getByRole('list', { name: 'Resultat av importen' });
  await expect(results).toContainText('rapport-ansi.txt importerades.');
  await expect(results).toContainText('lästes som Windows-1252');
  await expect(results).toContainText('bild-som-rapport.txt');
  await dialog.getByRole('link', { name: /Öppna/ }).click();
  await expect(page.getByRole('document', { name: 'Dokumentets text' })).toContainText('Rapport om samverkan i Älvdalen – bra.');

  const report = path.join(FIXTURES, 'reports/samverkan-delrapport-2025-03-31.txt');
  await nav(page, 'Dokument').click();
  await chooseFile(page, () => page.getByRole('button', { name: 'Importera dokument' }).click(), report);
  dialog = page.getByRole('dialog', { name: 'Importera dokument' });
  await dialog.getByRole('button', { name: 'Importera (1)' }).click();
  await expect(dialog.getByRole('list', { name: 'Resultat av importen' })).toContainText('importerades.');
  await dialog.getByRole('button', { name: 'Stäng' }).click();

  await chooseFile(page, () => page.getByRole('button', { name: 'Importera dokument' }).click(), report);
  dialog = page.getByRole('dialog', { name: 'Importera dokument' });
  await dialog.getByRole('button', { name: 'Importera (1)' }).click();
  await expect(dialog.getByRole('list', { name: 'Resultat av importen' })).toContainText('finns redan i utvärderingen');
  await dialog.getByRole('button', { name: 'Stäng' }).click();
  await expect(page.getByRole('table', { name: 'Utvärderingens dokument' }).getByRole('row')).toHaveCount(3);
});
