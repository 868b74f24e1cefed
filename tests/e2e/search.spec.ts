import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildFiberReport, FIBER_TITLE } from '../fixtures/search/buildFiberReport';
import { FIXTURES, addProject, chooseFile, createEvaluation, importDocuments, nav, watchNetwork } from './helpers';

const BESOK = path.join(FIXTURES, 'search/delrapport-besoksnaring.txt');
const BESOK_V2 = path.join(FIXTURES, 'search/delrapport-besoksnaring-v2.txt');
const PROTOKOLL = path.join(FIXTURES, 'search/protokoll-styrgrupp.txt');
const FIBER = 'Fiber i Dalarna';
const FJALL = 'Besöksnäring i fjällen';
const BESOK_TITLE = 'Delrapport Besöksnäring i fjällen';

/** Imports one file into a project with a title of its own (the import guesses one from the file name). */
async function importTitled(page: Page, file: string, project: string, type: string, title: string): Promise<void> {
  await nav(page, 'Dokument').click();
  await chooseFile(page, () => page.getByRole('button', { name: 'Importera dokument' }).click(), file);
  const dialog = page.getByRole('dialog', { name: 'Importera dokument' });
  const name = path.basename(file);
  await dialog.getByLabel(`Projekt för ${name}`).selectOption({ label: project });
  await dialog.getByLabel(`Dokumenttyp för ${name}`).selectOption(type);
  await dialog.getByLabel(`Titel för ${name}`).fill(title);
  const submit = dialog.getByRole('button', { name: 'Importera (1)' });
  await expect(submit).toBeEnabled({ timeout: 60_000 });
  await submit.click();
  await expect(dialog.getByRole('list', { name: 'Resultat av importen' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Stäng' }).click();
}

/** An evaluation with two projects: a three-page Word report in one, a plain-text report in the other. */
async function setUp(page: Page, testInfo: TestInfo, title: string): Promise<void> {
  const report = testInfo.outputPath('slutrapport-fiber.docx');
  await writeFile(report, await buildFiberReport());
  await page.goto('/');
  await createEvaluation(page, title);
  await addProject(page, FIBER);
  await addProject(page, FJALL);
  await importTitled(page, report, FIBER, 'slutrapport', FIBER_TITLE);
  await importTitled(page, BESOK, FJALL, 'delrapport', BESOK_TITLE);
}

async function openSearch(page: Page): Promise<void> {
  await nav(page, 'Sök').click();
  await expect(page.getByRole('heading', { name: 'Sök i dokumenten', level: 1 })).toBeVisible();
  // The index is built in a worker; its progress shows until every document is in.
  await expect(page.getByText(/Bygger sökindex|Sökindexet byggs/)).toHaveCount(0);
}

const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Sök i utvärderingens dokument' });
const results = (page: Page) => page.getByRole('region', { name: 'Sökresultat' });
const hitsIn = (page: Page, title: string) => results(page).getByRole('list', { name: `Träffar i ${title}` });

test('searches the current documents with case and å/ä/ö options, phrases and prefixes, and opens a hit in the reader; the index follows imports, new versions and deletions', async ({ page }, testInfo) => {
  const outside = watchNetwork(page);
  await setUp(page, testInfo, 'Sökning i rapporterna');
  await openSearch(page);
  const status = page.getByText(/träff(ar)? i \d+ dokument|Inga träffar/);

  // Loose by default: case and å/ä/ö do not count.
  await searchBox(page).fill('företagsrådet');
  await expect(status).toHaveText('3 träffar i 2 dokument');
  // Grouped by document, projects in alphabetical order: Besöksnäring … before Fiber …
  await expect(results(page).getByRole('heading', { level: 2 })).toHaveText([BESOK_TITLE, FIBER_TITLE]);
  const fiberHits = hitsIn(page, FIBER_TITLE);
  await expect(fiberHits.getByRole('listitem')).toHaveCount(2);
  await expect(fiberHits.locator('mark.search-hit:not(.search-hit-other)')).toHaveText(['företagsrådet', 'Företagsrådet']);
  await expect(fiberHits.getByRole('listitem').first()).toContainText('s. 1');
  await expect(fiberHits.getByRole('listitem').nth(1)).toContainText('s. 3');
  await expect(results(page).locator('mark.search-hit', { hasText: 'Foretagsradet' })).toHaveCount(1);

  // Telling å, ä, ö from a, o leaves out "Foretagsradet"; matching case too leaves one.
  await page.getByLabel('Skilj på å, ä, ö och a, o').check();
  await expect(status).toHaveText('2 träffar i 1 dokument');
  await page.getByLabel('Skilj på stora och små bokstäver').check();
  await expect(status).toHaveText('1 träff i 1 dokument');
  await expect(results(page).locator('mark.search-hit')).toHaveText(['företagsrådet']);
  await page.getByLabel('Skilj på stora och små bokstäver').uncheck();
  await page.getByLabel('Skilj på å, ä, ö och a, o').uncheck();

  // Phrases in quotes, prefixes with *, and every word in the same paragraph.
  await searchBox(page).fill('"samverkan mellan"');
  await expect(status).toHaveText('2 träffar i 2 dokument');
  await searchBox(page).fill('samverk* kommun*');
  await expect(status).toHaveText('4 träffar i 2 dokument');
  await searchBox(page).fill('mora jämtland');
  await expect(status).toHaveText(/^Inga träffar/);
  await searchBox(page).fill('s*');
  await expect(page.getByText('Skriv minst två bokstäver före * (”s”).')).toBeVisible();

  // A regular expression, and one that could run for ever is refused with advice.
  await page.getByLabel('Reguljärt uttryck').check();
  await expect(page.getByLabel('Skilj på å, ä, ö och a, o')).toBeDisabled();
  await searchBox(page).fill('\\d+,\\d+ tusen');
  await expect(status).toHaveText('1 träff i 1 dokument');
  await expect(results(page).locator('mark.search-hit')).toHaveText(['2,5 tusen']);
  await expect(results(page).getByRole('listitem')).toContainText('s. 2');
  await searchBox(page).fill('(a+)+b');
  await expect(page.getByText(/upprepning inuti en upprepning/)).toBeVisible();
  await page.getByLabel('Reguljärt uttryck').uncheck();

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);

  // A hit opens its document in the reader.
  await searchBox(page).fill('bredbandet');
  await expect(status).toHaveText('1 träff i 1 dokument');
  await results(page).getByRole('link', { name: /byggt ut bredbandet till 2,5 tusen/ }).click();
  await expect(page.getByRole('heading', { name: FIBER_TITLE, level: 1 })).toBeVisible();
  await expect(page.getByRole('document', { name: 'Dokumentets text' })).toContainText('byggt ut bredbandet');
  // … with the hit selected, ready to be coded.
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('bredbandet');

  // A new document is searched as soon as it is imported …
  await importDocuments(page, [PROTOKOLL], { project: FJALL, type: 'protokoll' });
  await openSearch(page);
  await searchBox(page).fill('företagsrådet');
  await expect(status).toHaveText('4 träffar i 3 dokument');

  // … a new version replaces the old one in the index (only current versions are searched) …
  await nav(page, 'Dokument').click();
  const table = page.getByRole('table', { name: 'Utvärderingens dokument' });
  const besokRow = table.getByRole('row', { name: /delrapport-besoksnaring\.txt/ });
  await chooseFile(page, () => besokRow.getByRole('button', { name: /^Ersätt .* med en ny version$/ }).click(), BESOK_V2);
  const replace = page.getByRole('dialog', { name: /^Ersätt ”.*” med en ny version$/ });
  await replace.getByRole('button', { name: 'Importera (1)' }).click();
  await expect(replace.getByRole('list', { name: 'Resultat av importen' })).toBeVisible();
  await replace.getByRole('button', { name: 'Stäng' }).click();
  await openSearch(page);
  await searchBox(page).fill('företagsrådet');
  await expect(status).toHaveText('3 träffar i 2 dokument');
  await searchBox(page).fill('nätverket');
  await expect(status).toHaveText('1 träff i 1 dokument');

  // … and a deleted document leaves it.
  await nav(page, 'Dokument').click();
  await table.getByRole('row', { name: /protokoll-styrgrupp\.txt/ }).getByRole('button', { name: /^Ta bort / }).click();
  const confirm = page.getByRole('dialog', { name: 'Ta bort dokumentet?' });
  await confirm.getByRole('button', { name: 'Ta bort dokumentet' }).click();
  await expect(confirm).toBeHidden();
  await openSearch(page);
  await searchBox(page).fill('företagsrådet');
  await expect(status).toHaveText('2 träffar i 1 dokument');
  expect(outside).toEqual([]);
});

test('auto-codes every hit after a review: a rejected passage stays uncoded, the accepted sentences are coded in one step', async ({ page }, testInfo) => {
  const outside = watchNetwork(page);
  await setUp(page, testInfo, 'Autokodning');
  await openSearch(page);
  await searchBox(page).fill('samverkan');
  await expect(page.getByText('5 träffar i 2 dokument')).toBeVisible();

  const panel = page.getByRole('complementary', { name: 'Autokoda' });
  const review = panel.getByRole('button', { name: 'Granska 5 träffar …' });
  await expect(review).toBeDisabled();
  await expect(panel).toContainText('Välj en kod att koda träffarna med.');
  const option = panel.locator('optgroup[label="Regional nivå – Effekter"] option', { hasText: 'Nya samverkansparter' }).first();
  await panel.getByLabel('Kod', { exact: true }).selectOption((await option.getAttribute('value')) ?? '');
  await expect(panel.getByRole('radio', { name: 'Hela meningen' })).toBeChecked();
  await page.screenshot({ path: testInfo.outputPath('search-screen.png'), fullPage: true });

  await review.click();
  const dialog = page.getByRole('dialog', { name: 'Granska autokodningen' });
  await expect(dialog).toContainText('Nya samverkansparter · Hela meningen · 5 passager');
  const passages = dialog.getByRole('list', { name: 'Passager att koda' }).getByRole('listitem');
  await expect(passages).toHaveCount(5);
  const first = passages.filter({ hasText: 'Projektet har stärkt samverkan mellan kommunerna och Region Dalarna.' });
  await expect(first).toHaveCount(1);
  await expect(first).not.toContainText('Bl.a. har');
  await expect(first).toContainText(`${FIBER_TITLE} · s. 1 · 1 träff`);
  await expect(dialog.getByRole('checkbox')).toHaveCount(5);
  for (const box of await dialog.getByRole('checkbox').all()) await expect(box).toBeChecked();

  // All off and on again, then one passage rejected with the keyboard.
  await dialog.getByRole('button', { name: 'Avvisa alla' }).click();
  await expect(dialog.getByText('0 av 5 godtagna')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Koda 0 passager' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Godta alla' }).click();
  const rejected = passages.filter({ hasText: 'Men samverkan mellan företagen har ökat' });
  await expect(rejected).toContainText('bl.a. kring gemensamma paket för hösten.');
  await rejected.getByRole('checkbox').focus();
  await page.keyboard.press('Space');
  await expect(rejected.getByRole('checkbox')).not.toBeChecked();
  await expect(dialog.getByText('4 av 5 godtagna')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('search-review.png') });
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);

  await dialog.getByRole('button', { name: 'Koda 4 passager' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toHaveText('4 passager kodades som ”Nya samverkansparter”.');

  // The four accepted sentences are coded quotes in the matrix; the rejected one is not coded.
  await nav(page, 'Resultatmatris').click();
  await expect(page.getByText('Kodade citat i matrisen: 4')).toBeVisible();
  // One step: one undo takes all four back, one redo brings them again.
  await page.getByRole('button', { name: 'Ångra', exact: true }).click();
  await expect(page.getByText('Kodade citat i matrisen: 0')).toBeVisible();
  await page.getByRole('button', { name: 'Gör om', exact: true }).click();
  await expect(page.getByText('Kodade citat i matrisen: 4')).toBeVisible();
  await nav(page, 'Dokument').click();
  await page.getByRole('table', { name: 'Utvärderingens dokument' }).getByRole('link', { name: BESOK_TITLE }).click();
  const text = page.getByRole('document', { name: 'Dokumentets text' });
  await expect(text.locator('mark.coded')).toHaveText(['Samverkan med kommunen var avgörande.']);

  // Coding the same hits again changes nothing new.
  await openSearch(page);
  await searchBox(page).fill('"samverkan med kommunen"');
  await expect(page.getByText('1 träff i 1 dokument')).toBeVisible();
  await panel.getByLabel('Kod', { exact: true }).selectOption((await option.getAttribute('value')) ?? '');
  await panel.getByRole('button', { name: 'Granska 1 träff …' }).click();
  await dialog.getByRole('button', { name: 'Koda 1 passage' }).click();
  await expect(page.getByRole('status')).toHaveText('Inget nytt kodades: passagerna var redan kodade som ”Nya samverkansparter”.');
  expect(outside).toEqual([]);
});
