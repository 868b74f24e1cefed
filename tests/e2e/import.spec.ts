import { expect, test, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildReportDocx } from '../fixtures/docx/buildReportDocx';
import { buildOdt } from '../fixtures/odt/buildOdt';
import { addProject, chooseFile, codePhrase, createEvaluation, createReport, FIXTURES, importDocuments, nav, watchNetwork } from './helpers';

const CORPUS = path.resolve(import.meta.dirname, '../../../shared/corpus');

async function exportHtml(page: Page): Promise<string> {
  return (await createReport(page)).html;
}

test('a PDF report imports with its pages, and a coded quote is cited with its page', async ({ page }) => {
  const outside = watchNetwork(page);
  await page.goto('/');
  await createEvaluation(page, 'PDF-import');
  await addProject(page, 'Projekt X');
  await importDocuments(page, [path.join(FIXTURES, 'pdf/generated/report.pdf')], { project: 'Projekt X', type: 'delrapport' });

  const table = page.getByRole('table', { name: 'Utvärderingens dokument' });
  // The PDF's own title (its Info dictionary), not one made from the file name "report.pdf".
  const row = table.getByRole('row', { name: /Delrapport – Projekt X/ });
  await expect(row.getByRole('cell').nth(4)).toHaveText('5');
  await row.getByRole('link').click();
  const text = page.getByRole('document', { name: 'Dokumentets text' });
  await expect(text).toContainText('Sammanfattningsvis har Projekt X nått de flesta av sina mål för året.');
  // Running headers and footers are hidden by default.
  await expect(text).not.toContainText('Sida 3 av 5');

  const quote = 'Bakgrunden är att länets företag har svårt att rekrytera.';
  await codePhrase(page, quote, 'Regional nivå – Effekter', 'Nya samverkansparter');
  const html = await exportHtml(page);
  expect(html).toContain(quote);
  // Its date is left empty: nothing in the document states one, and the PDF's creation time is not its date.
  expect(html).toMatch(/Projekt X, ”Delrapport – Projekt X” \(Delrapport, odaterad\), s\. 1\. Belägg 1\./);
  expect(outside).toEqual([]);
});

test('a password-protected PDF asks for its password (here a Nordic one) and opens with it', async ({ page }) => {
  const file = path.join(CORPUS, 'pdf/issue6010_2.pdf');
  test.skip(!existsSync(file), `the real-world corpus is not beside the repository (${file})`);
  await page.goto('/');
  await createEvaluation(page, 'Lösenord');
  await addProject(page, 'Projekt Ett');
  await nav(page, 'Dokument').click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importera dokument' }).click();
  await (await chooser).setFiles(file);
  const dialog = page.getByRole('dialog', { name: 'Importera dokument' });
  await expect(dialog.getByRole('alert')).toContainText('lösenordsskyddad');
  await dialog.getByLabel('Lösenord för issue6010_2.pdf').fill('fel');
  await dialog.getByRole('button', { name: 'Lås upp' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Lösenordet till issue6010_2.pdf stämmer inte');
  await dialog.getByLabel('Lösenord för issue6010_2.pdf').fill('æøå');
  await dialog.getByRole('button', { name: 'Lås upp' }).click();
  await expect(dialog.getByRole('button', { name: 'Importera (1)' })).toBeEnabled();
});

test('a scanned PDF without text is refused with what to do, and nothing is imported', async ({ page }) => {
  await page.goto('/');
  await createEvaluation(page, 'Skannad');
  await addProject(page, 'Projekt Ett');
  await nav(page, 'Dokument').click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importera dokument' }).click();
  await (await chooser).setFiles(path.join(FIXTURES, 'pdf/generated/no-text.pdf'));
  const dialog = page.getByRole('dialog', { name: 'Importera dokument' });
  await expect(dialog.getByRole('alert')).toContainText('har ingen text, bara bilder');
  await expect(dialog.getByRole('alert')).toContainText('OCR');
  await expect(dialog.getByRole('button', { name: 'Importera (0)' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await expect(page.getByText('Inga dokument ännu.')).toBeVisible();
});

test('a document can be replaced by a new version; the list shows the current one and deleting removes all', async ({ page }) => {
  await page.goto('/');
  await createEvaluation(page, 'Versioner');
  await addProject(page, 'Projekt X');
  await importDocuments(page, [path.join(FIXTURES, 'reports/samverkan-delrapport-2025-03-31.txt')], { project: 'Projekt X' });
  const table = page.getByRole('table', { name: 'Utvärderingens dokument' });
  await expect(table.getByRole('row')).toHaveCount(2);

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /^Ersätt .* med en ny version$/ }).click();
  await (await chooser).setFiles(path.join(FIXTURES, 'pdf/generated/report.pdf'));
  const dialog = page.getByRole('dialog', { name: /^Ersätt ”.*” med en ny version$/ });
  // The new version keeps the project, type and title of the old one.
  await expect(dialog.getByLabel('Dokumenttyp för report.pdf')).toHaveValue('delrapport');
  await expect(dialog.getByLabel('Titel för report.pdf')).toHaveValue('Samverkan delrapport');
  await dialog.getByRole('button', { name: 'Importera (1)' }).click();
  await expect(dialog.getByRole('list', { name: 'Resultat av importen' })).toContainText('report.pdf importerades.');
  await dialog.getByRole('button', { name: 'Stäng' }).click();

  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table).toContainText('report.pdf · version 2');
  // The details stay editable after import.
  await page.getByRole('button', { name: 'Redigera Samverkan delrapport' }).click();
  const edit = page.getByRole('dialog', { name: 'Redigera dokumentets uppgifter' });
  await expect(edit).toContainText('Fil: report.pdf (PDF), version 2.');
  await edit.getByLabel('Datum').fill('2025-04-30');
  await edit.getByRole('button', { name: 'Spara' }).click();
  await expect(table.getByRole('row', { name: /Samverkan delrapport/ })).toContainText('2025-04-30');
  await page.getByRole('button', { name: 'Ta bort Samverkan delrapport' }).click();
  const confirm = page.getByRole('dialog', { name: 'Ta bort dokumentet?' });
  await expect(confirm).toContainText('tas bort med 2 versioner');
  await confirm.getByRole('button', { name: 'Ta bort dokumentet' }).click();
  await expect(page.getByText('Inga dokument ännu.')).toBeVisible();
});

test('a Word report and an OpenDocument report import with their structure, and quotes are coded in both', async ({ page }) => {
  const outside = watchNetwork(page);
  await page.goto('/');
  await createEvaluation(page, 'Word och OpenDocument');
  await addProject(page, 'Besöksnäring i Älvdalen');
  await nav(page, 'Dokument').click();
  const docx = Buffer.from(await buildReportDocx());
  const odt = Buffer.from(
    buildOdt({
      body:
        '<text:h text:outline-level="1">Delrapport om handeln</text:h>' +
        '<text:p>Handlarna i centrum har börjat samarbeta kring gemensamma öppettider.</text:p>' +
        '<text:list><text:list-item><text:p>Tre nya butiker har öppnat.</text:p></text:list-item></text:list>',
      meta: '<meta:initial-creator>Per Ödman</meta:initial-creator><meta:creation-date>2024-05-20T10:00:00</meta:creation-date>',
    }),
  );
  await chooseFile(page, () => page.getByRole('button', { name: 'Importera dokument' }).click(), [
    { name: 'alvdalen-slutrapport.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: docx },
    { name: 'handel-delrapport.odt', mimeType: 'application/vnd.oasis.opendocument.text', buffer: odt },
  ]);
  const dialog = page.getByRole('dialog', { name: 'Importera dokument' });
  // The project is guessed from the file name; the title and organisation from the Word file's properties;
  // the date is left empty, since the text states none and the time the file was last saved is not its date.
  await expect(dialog.getByLabel('Projekt för alvdalen-slutrapport.docx')).not.toHaveValue('');
  await expect(dialog.getByLabel('Författande organisation för alvdalen-slutrapport.docx')).toHaveValue('Älvdalens kommun');
  await expect(dialog.getByLabel('Titel för alvdalen-slutrapport.docx')).toHaveValue('Slutrapport: Besöksnäring i Älvdalen');
  await expect(dialog.getByLabel('Datum för alvdalen-slutrapport.docx')).toHaveValue('');
  await expect(dialog.getByLabel('Dokumenttyp för alvdalen-slutrapport.docx')).toHaveValue('slutrapport');
  await dialog.getByLabel('Projekt för handel-delrapport.odt').selectOption({ label: 'Besöksnäring i Älvdalen' });
  await expect(dialog.getByLabel('Datum för handel-delrapport.odt')).toHaveValue('');
  await dialog.getByLabel('Datum för handel-delrapport.odt').fill('2024-05-20');
  await dialog.getByRole('button', { name: 'Importera (2)' }).click();
  const results = dialog.getByRole('list', { name: 'Resultat av importen' });
  await expect(results).toContainText('alvdalen-slutrapport.docx importerades.');
  await expect(results).toContainText('2 kommentarer behölls');
  await expect(results).toContainText('handel-delrapport.odt importerades.');
  await dialog.getByRole('link', { name: /Öppna ”Slutrapport: Besöksnäring i Älvdalen”/ }).click();

  const text = page.getByRole('document', { name: 'Dokumentets text' });
  await expect(text).toContainText('Samverkan mellan kommunerna');
  await expect(text).toContainText('Workshoppar om digital marknadsföring');
  const docxQuote = 'Förankringen hos ägarna var avgörande för resultatet.';
  await codePhrase(page, docxQuote, 'Lokal nivå – Effekter', 'Förbättring av internt arbetssätt');

  await nav(page, 'Dokument').click();
  await page.getByRole('link', { name: 'Handel delrapport' }).click();
  const odtQuote = 'Handlarna i centrum har börjat samarbeta kring gemensamma öppettider.';
  await codePhrase(page, odtQuote, 'Lokal nivå – Effekter', 'Nya samverkansparter');

  const html = await exportHtml(page);
  // Word saved explicit page breaks, so the quote has its page; OpenDocument has no pages to cite.
  expect(html).toMatch(/Besöksnäring i Älvdalen, ”Slutrapport: Besöksnäring i Älvdalen” \(Slutrapport, odaterad\), s\. 3\. Belägg \d+\./);
  expect(html).toMatch(/Besöksnäring i Älvdalen, ”Handel delrapport” \(Delrapport, 2024-05-20\)\. Belägg \d+\./);
  expect(html).toContain(docxQuote);
  expect(html).toContain(odtQuote);
  expect(outside).toEqual([]);
});
