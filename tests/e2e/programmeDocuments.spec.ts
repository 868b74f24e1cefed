import { expect, test, type Page } from '@playwright/test';
import { TWIN_REPORT, reportText } from '../fixtures/twins/twinReports';
import { addProject, applyCode, chooseFile, createEvaluation, nav, selectPhrase, watchNetwork } from './helpers';

const SHOTS = process.env.SPARBAR_SHOTS ?? '/tmp';

const PROJECT = 'Smart upphandling på Höglandet';
const IDEA_BOOK = [
  'Idébok för programmet',
  'Programmet samlar 24 projekt som arbetar med lokal och regional tillväxt i länet.',
  'Leverantörsträffarna blev en förebild för hur kommunerna kan möta det lokala näringslivet.',
  'Flera projekt beskriver att samverkan mellan kommunerna har blivit en fast arbetsform.',
].join('\n\n');
const PASSAGE = 'Leverantörsträffarna blev en förebild för hur kommunerna kan möta det lokala näringslivet.';

function textFile(name: string, text: string, mimeType = 'text/plain') {
  return { name, mimeType, buffer: Buffer.from(text, 'utf8') };
}

/** The import dialog, with each file's project chosen; imports and waits for the result list. */
async function importFiles(page: Page, files: ReturnType<typeof textFile>[], project: string) {
  await nav(page, 'Dokument').click();
  await chooseFile(page, () => page.getByRole('button', { name: 'Importera dokument' }).click(), files);
  const dialog = page.getByRole('dialog', { name: 'Importera dokument' });
  for (const file of files) await dialog.getByLabel(`Projekt för ${file.name}`).selectOption({ label: project });
  const submit = dialog.getByRole('button', { name: `Importera (${files.length})` });
  await expect(submit).toBeEnabled({ timeout: 60_000 });
  await submit.click();
  await expect(dialog.getByRole('list', { name: 'Resultat av importen' })).toBeVisible();
  return dialog;
}

/** The project page's evidence summary for the results matrix. */
async function projectEvidence(page: Page) {
  await nav(page, 'Projekt').click();
  await page.getByRole('link', { name: PROJECT }).click();
  await expect(page.getByRole('heading', { name: PROJECT, level: 1 })).toBeVisible();
  return page.getByRole('region', { name: 'Belägg per ramverk' }).getByRole('region', { name: 'Resultatmatris' });
}

test('a document of the programme as a whole: a passage in it is set to a project and counts there, undoably', async ({ page }) => {
  const outside = watchNetwork(page);
  await page.goto('/');
  await createEvaluation(page, 'Programdokument');
  await addProject(page, PROJECT);

  // "Programmet som helhet" is the first choice of a document's project.
  await nav(page, 'Dokument').click();
  await chooseFile(page, () => page.getByRole('button', { name: 'Importera dokument' }).click(), textFile('idebok-2025.txt', IDEA_BOOK));
  const dialog = page.getByRole('dialog', { name: 'Importera dokument' });
  const choice = dialog.getByLabel('Projekt för idebok-2025.txt');
  await expect(choice.getByRole('option')).toHaveText(['Välj projekt…', 'Programmet som helhet', PROJECT]);
  await choice.selectOption({ label: 'Programmet som helhet' });
  await dialog.getByRole('button', { name: 'Importera (1)' }).click();
  await dialog.getByRole('button', { name: 'Stäng' }).click();
  const row = page.getByRole('table', { name: 'Utvärderingens dokument' }).getByRole('row', { name: /idebok/ });
  await expect(row.getByRole('cell').nth(1)).toHaveText('Programmet som helhet');
  await page.screenshot({ path: `${SHOTS}/docs-document-list-programme.png` });

  // Code a passage that names no project: it is about the programme, until the evaluator says otherwise.
  await row.getByRole('link').click();
  await selectPhrase(page, PASSAGE);
  await applyCode(page, 'Lokal nivå – Erfarenheter/Resultat', 'Nätverk');
  const text = page.getByRole('document', { name: 'Dokumentets text' });
  await text.locator('mark.coded', { hasText: PASSAGE.slice(0, 30) }).first().click();
  const panel = page.getByRole('region', { name: 'Valt citat' });
  const about = panel.getByLabel('Handlar om projekt');
  await expect(about).toHaveValue('');
  await expect(panel).toContainText('Programmet, Idebok');
  await about.selectOption({ label: `${PROJECT} (NDS-01)` });
  await expect(panel).toContainText(`${PROJECT}, Idebok`);
  await page.setViewportSize({ width: 1280, height: 1400 });
  await page.screenshot({ path: `${SHOTS}/docs-segment-panel.png` });
  await page.setViewportSize({ width: 1280, height: 720 });

  // The project's page counts it, and lists the programme document with its one passage about the project.
  const matrix = await projectEvidence(page);
  await expect(matrix.getByRole('paragraph').first()).toHaveText('1 citat · 26 av 27 koder utan belägg');
  await expect(page.getByRole('table', { name: 'Projektets dokument' }).getByRole('row', { name: /Idebok/ })).toBeVisible();

  // Undone, the passage is about the programme again and the project has no evidence.
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('status')).toContainText('Ångrat');
  await expect(matrix).not.toContainText('1 citat · 26 av 27 koder utan belägg');
  await expect(page.getByRole('table', { name: 'Projektets dokument' }).getByRole('row', { name: /Idebok/ })).toHaveCount(0);
  expect(outside).toEqual([]);
});

test('the same report imported as text and as HTML is flagged as a twin at import, and the mark can be taken off', async ({ page }) => {
  await page.goto('/');
  await createEvaluation(page, 'Dubbletter');
  await addProject(page, PROJECT);
  const html = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Delrapport</title></head><body>${TWIN_REPORT.map(
    (section) => `<h1>${section.heading}</h1>${section.paragraphs.map((p) => `<p>${p}</p>`).join('')}`,
  ).join('')}</body></html>`;
  const dialog = await importFiles(page, [textFile('delrapport-2024.txt', reportText()), textFile('delrapport-2024.html', html, 'text/html')], PROJECT);
  const results = dialog.getByRole('list', { name: 'Resultat av importen' });
  const twin = results.getByRole('listitem').filter({ hasText: 'delrapport-2024.html' });
  await expect(twin).toContainText('Samma text som ”Delrapport 2024” (100 % lika): markerad som dubblett, dess belägg räknas en gång.');
  await page.screenshot({ path: `${SHOTS}/docs-import-twin.png` });
  await twin.getByRole('button', { name: 'delrapport-2024.html är inte en dubblett av ”Delrapport 2024”' }).click();
  await expect(twin).toContainText('inte markerad som dubblett');
  await twin.getByRole('button', { name: 'Markera delrapport-2024.html som dubblett av ”Delrapport 2024”' }).click();
  await expect(twin).toContainText('markerad som dubblett, dess belägg räknas en gång');
  await dialog.getByRole('button', { name: 'Stäng' }).click();

  // The list shows the mark, and "Inte en dubblett" takes it off there too.
  const table = page.getByRole('table', { name: 'Utvärderingens dokument' });
  await expect(table.getByText('Dubblett', { exact: true })).toHaveCount(1);
  await expect(table).toContainText('Dubblett av ”Delrapport 2024” (100 % lika)');
  await page.screenshot({ path: `${SHOTS}/docs-document-list-twin.png` });
  await table.getByRole('button', { name: /Delrapport 2024 är inte en dubblett/ }).click();
  await expect(table.getByText('Dubblett', { exact: true })).toHaveCount(0);

  // Taking the mark off is an undoable step in the log: Ctrl+Z marks it again, with the similarity measured.
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('status')).toContainText('Ångrat');
  await expect(table).toContainText('Dubblett av ”Delrapport 2024” (100 % lika)');
  await nav(page, 'Logg').click();
  const log = page.getByRole('table', { name: 'Loggens händelser, de senaste först' });
  await expect(log.getByRole('cell', { name: 'Markerade ett dokument som inte en dubblett', exact: true })).toHaveCount(2);
  await expect(log.getByRole('cell', { name: 'Markerade ett dokument som dubblett', exact: true })).toHaveCount(1);
  await expect(log.getByRole('cell', { name: 'Ångrade (Markerade ett dokument som inte en dubblett)', exact: true })).toHaveCount(1);
});

test('an evaluation with no project yet imports a programme document; its project is changed and the change undone', async ({ page }) => {
  await page.goto('/');
  await createEvaluation(page, 'Utan projekt');
  await nav(page, 'Dokument').click();
  await expect(page.getByText(/^Utvärderingen har inga projekt ännu\. Du kan importera programmets dokument/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Importera dokument' })).toBeEnabled();
  await page.screenshot({ path: `${SHOTS}/docs2-documents-no-projects.png` });
  await chooseFile(page, () => page.getByRole('button', { name: 'Importera dokument' }).click(), textFile('idebok-2025.txt', IDEA_BOOK));
  const dialog = page.getByRole('dialog', { name: 'Importera dokument' });
  await expect(dialog).toContainText('Utvärderingen har inga projekt ännu, så dokumenten importeras som programmets dokument');
  const choice = dialog.getByLabel('Projekt för idebok-2025.txt');
  await expect(choice).toHaveValue('programme');
  await expect(choice.getByRole('option')).toHaveText(['Välj projekt…', 'Programmet som helhet']);
  await expect(dialog.getByRole('button', { name: 'Importera (1)' })).toBeEnabled({ timeout: 60_000 });
  await page.screenshot({ path: `${SHOTS}/docs2-import-no-projects.png` });
  await dialog.getByRole('button', { name: 'Importera (1)' }).click();
  await dialog.getByRole('button', { name: 'Stäng' }).click();
  const table = page.getByRole('table', { name: 'Utvärderingens dokument' });
  const row = table.getByRole('row', { name: /idebok/i });
  await expect(row.getByRole('cell').nth(1)).toHaveText('Programmet som helhet');

  // With a project, the document is moved to it and back to the programme; Ctrl+Z puts it back under the project.
  await nav(page, 'Projekt').click();
  await addProject(page, PROJECT);
  await nav(page, 'Dokument').click();
  const setProject = async (label: string) => {
    await row.getByRole('button', { name: /^Redigera / }).click();
    const form = page.getByRole('dialog', { name: 'Redigera dokumentets uppgifter' });
    await form.getByLabel('Projekt', { exact: true }).selectOption({ label });
    await form.getByRole('button', { name: 'Spara' }).click();
    await expect(form).toHaveCount(0);
  };
  await setProject(PROJECT);
  await expect(row.getByRole('cell').nth(1)).toHaveText(PROJECT);
  await setProject('Programmet som helhet');
  await expect(row.getByRole('cell').nth(1)).toHaveText('Programmet som helhet');
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('status')).toContainText('Ångrat');
  await expect(row.getByRole('cell').nth(1)).toHaveText(PROJECT);
  await nav(page, 'Logg').click();
  const log = page.getByRole('table', { name: 'Loggens händelser, de senaste först' });
  await expect(log.getByRole('cell', { name: 'Ändrade ett dokuments uppgifter', exact: true })).toHaveCount(2);
  await expect(log.getByRole('cell', { name: 'Ångrade (Ändrade ett dokuments uppgifter)', exact: true })).toHaveCount(1);
});
