import { expect, test } from '@playwright/test';
import { buildReportDocx } from '../fixtures/docx/buildReportDocx';
import { addProject, chooseFile, createEvaluation, nav, watchNetwork } from './helpers';

const SHOTS = process.env.SPARBAR_SHOTS ?? '/tmp';
const PROJECT = 'Besöksnäring i Älvdalen';
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;

const utf8 = (text: string) => Array.from(new TextEncoder().encode(text));
const latin1 = (text: string) => Array.from(text, (ch) => ch.charCodeAt(0));

test('the import list warns before import of a name that lies and of mixed encodings, shows bidi controls in names, and takes titles and dates from the document', async ({ page }) => {
  const outside = watchNetwork(page);
  await page.goto('/');
  await createEvaluation(page, 'Namn och kodningar');
  await addProject(page, PROJECT);
  await nav(page, 'Dokument').click();
  const mixed = Buffer.from([...utf8('Anteckningar från Malmö\n\nMötet hölls i Västerås.\n\n'), ...latin1('Nästa möte i Växjö och Åmål.\n')]);
  await chooseFile(page, () => page.getByRole('button', { name: 'Importera dokument' }).click(), [
    { name: 'anteckningar.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('Anteckningar\n\nDet här är en textfil med fel filändelse.\n') },
    { name: 'blandad.txt', mimeType: 'text/plain', buffer: mixed },
    { name: 'rapport\u202Excod.txt', mimeType: 'text/plain', buffer: Buffer.from('Slutrapport\n\nText om projektet.\n') },
    { name: 'alvdalen-slutrapport.docx', mimeType: 'application/octet-stream', buffer: Buffer.from(await buildReportDocx()) },
  ]);
  const dialog = page.getByRole('dialog', { name: 'Importera dokument' });
  await expect(dialog.getByRole('button', { name: 'Importera (4)' })).toBeVisible({ timeout: 60_000 });

  // Before anything is imported: the name that lies, and the mixed encodings, each named in the file's row.
  await expect(dialog.getByRole('list', { name: 'Varningar om anteckningar.docx' })).toContainText('Filändelsen .docx stämmer inte med innehållet, som är text.');
  await expect(dialog.getByRole('list', { name: 'Varningar om blandad.txt' })).toContainText('Filen blandar teckenkodningar (UTF-8 och Windows-1252)');
  // The right-to-left override is shown, not obeyed, in the list and in the title made from the name.
  const spoofed = 'rapport⟨U+202E⟩xcod.txt';
  await expect(dialog.getByRole('rowheader', { name: new RegExp(spoofed.replace(/[()+?]/g, '\\$&')) })).toBeVisible();
  await expect(dialog.getByLabel(`Titel för ${spoofed}`)).toHaveValue('Rapport⟨U+202E⟩xcod');
  // The Word file's own title, and no date: its text states none, and when it was last saved is not its date.
  await expect(dialog.getByLabel('Titel för alvdalen-slutrapport.docx')).toHaveValue('Slutrapport: Besöksnäring i Älvdalen');
  await expect(dialog.getByLabel('Datum för alvdalen-slutrapport.docx')).toHaveValue('');
  await page.screenshot({ path: `${SHOTS}/encodings-import-list.png` });

  await dialog.getByRole('button', { name: 'Importera (4)' }).click();
  await expect(dialog.getByRole('list', { name: 'Resultat av importen' })).toContainText('blandad.txt importerades.');
  await dialog.getByRole('button', { name: 'Stäng' }).click();

  // The documents list: undated documents sort and show as such; the name is shown with its control visible.
  const table = page.getByRole('table', { name: 'Utvärderingens dokument' });
  await expect(table.getByRole('row')).toHaveCount(5);
  await expect(table).toContainText(spoofed);
  expect(await table.innerText()).not.toMatch(BIDI);
  const word = table.getByRole('row', { name: /Slutrapport: Besöksnäring i Älvdalen/ });
  await expect(word.getByRole('cell').nth(3)).toHaveText('–');
  await page.screenshot({ path: `${SHOTS}/encodings-documents.png` });

  await table.getByRole('link', { name: 'Rapport⟨U+202E⟩xcod' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rapport⟨U+202E⟩xcod' })).toBeVisible();
  await nav(page, 'Dokument').click();
  await table.getByRole('link', { name: 'Blandad' }).click();
  const text = page.getByRole('document', { name: 'Dokumentets text' });
  await expect(text).toContainText('Anteckningar från Malmö');
  await expect(text).toContainText('Nästa möte i Växjö och Åmål.');
  await expect(text).not.toContainText('Ã');
  expect(outside).toEqual([]);
});
