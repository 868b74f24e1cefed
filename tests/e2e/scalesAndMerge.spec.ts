import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { chooseFile, nav, openDemo, watchNetwork } from './helpers';

const PROJECT = 'Kompetenslyft Mellanbygden';
// The demo judges the learning and success factors; the LNU conditions are left for these tests.
const FRAMEWORK = 'Förutsättningar för samverkan (LNU)';
const FACTOR = 'Mötesplatser';

function heatmap(page: Page) {
  return page.getByRole('table', { name: 'Bedömningar per kriterium och projekt' });
}

function cellButton(page: Page, rest: string) {
  return heatmap(page).getByRole('button', { name: `${FACTOR} – ${PROJECT}: ${rest}`, exact: true });
}

async function openLnu(page: Page): Promise<void> {
  await nav(page, 'Bedömningar').click();
  await page.getByRole('combobox', { name: 'Ramverk', exact: true }).selectOption({ label: FRAMEWORK });
}

async function judge(page: Page, rating: string): Promise<void> {
  await openLnu(page);
  await cellButton(page, 'Ej bedömd, 0 citat').click();
  const panel = page.getByRole('region', { name: `${FACTOR} – ${PROJECT}` });
  await panel.getByRole('group', { name: 'Betyg' }).getByRole('radio', { name: rating, exact: true }).click();
  await expect(cellButton(page, `${rating}, 0 citat, inget belägg`)).toBeVisible();
}

test('edits a scale label, colour and order, sees it in the heatmap and the editor at once, and undoes it; a removed level moves its judgements', async ({ page }) => {
  const outside = watchNetwork(page);
  await openDemo(page);
  await judge(page, 'Delvis');

  await page.getByRole('button', { name: 'Redigera skala' }).click();
  const dialog = page.getByRole('dialog', { name: `Skalan för ${FRAMEWORK}` });
  await expect(dialog).toBeVisible();
  const partly = dialog.getByRole('group', { name: 'Nivå 3', exact: true });
  await expect(partly.getByRole('textbox', { name: 'Svensk etikett' })).toHaveValue('Delvis');
  await expect(partly.getByText('Delvis används av 1 bedömning.')).toBeVisible();

  // Validation: an empty label and a repeated one are named where they are.
  await partly.getByRole('textbox', { name: 'Svensk etikett' }).fill('');
  await dialog.getByRole('group', { name: 'Nivå 4', exact: true }).getByRole('textbox', { name: 'Engelsk etikett' }).fill('absent');
  await dialog.getByRole('button', { name: 'Spara skalan' }).click();
  await expect(partly.getByText('Skriv en svensk etikett.')).toBeVisible();
  await expect(dialog.getByText('En annan nivå har redan den engelska etiketten.')).toBeVisible();
  await dialog.getByRole('group', { name: 'Nivå 4', exact: true }).getByRole('textbox', { name: 'Engelsk etikett' }).fill('Strong');

  await partly.getByRole('textbox', { name: 'Svensk etikett' }).fill('Delvis närvarande');
  await partly.getByRole('group', { name: 'Färg för Delvis närvarande' }).getByRole('radio').first().check();
  // Keyboard: the level moves up, and the focus stays on its button.
  await partly.getByRole('button', { name: 'Flytta Delvis närvarande upp' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('group', { name: 'Nivå 2', exact: true }).getByRole('textbox', { name: 'Svensk etikett' })).toHaveValue('Delvis närvarande');
  await expect(dialog.getByRole('button', { name: 'Flytta Delvis närvarande upp' })).toBeFocused();
  await page.screenshot({ path: '/tmp/judge-scale-dialog.png', fullPage: false });
  const serious = (await new AxeBuilder({ page }).include('dialog').analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
  await dialog.getByRole('button', { name: 'Spara skalan' }).click();
  await expect(dialog).toHaveCount(0);

  await expect(cellButton(page, 'Delvis närvarande, 0 citat, inget belägg')).toBeVisible();
  const panel = page.getByRole('region', { name: `${FACTOR} – ${PROJECT}` });
  const ratings = panel.getByRole('group', { name: 'Betyg' }).getByRole('radio');
  await expect(ratings.nth(1)).toHaveAccessibleName('Delvis närvarande');
  await expect(ratings.nth(1)).toBeChecked();

  await page.getByRole('heading', { name: 'Bedömningar', level: 1 }).click();
  await page.keyboard.press('Control+z');
  await expect(cellButton(page, 'Delvis, 0 citat, inget belägg')).toBeVisible();
  await expect(ratings.nth(2)).toHaveAccessibleName('Delvis');

  // Removing a used level says how many judgements have it, and they take the level chosen.
  await page.getByRole('button', { name: 'Redigera skala' }).click();
  await dialog.getByRole('button', { name: 'Ta bort Delvis' }).click();
  await expect(dialog.getByText('1 bedömning har en nivå som tas bort.')).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Vad händer med dem?' }).selectOption({ label: 'De får nivån Starkt' });
  await dialog.getByRole('button', { name: 'Spara skalan' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/judge-scale-remove.png' });
  await dialog.getByRole('button', { name: 'Spara skalan' }).click();
  await expect(cellButton(page, 'Starkt, 0 citat, inget belägg')).toBeVisible();
  await page.getByRole('heading', { name: 'Bedömningar', level: 1 }).click();
  await page.keyboard.press('Control+z');
  await expect(cellButton(page, 'Delvis, 0 citat, inget belägg')).toBeVisible();

  // The default scale comes back with one button.
  await page.getByRole('button', { name: 'Redigera skala' }).click();
  await dialog.getByRole('button', { name: 'Ta bort Svagt' }).click();
  await dialog.getByRole('button', { name: 'Återställ standardskala' }).click();
  await expect(dialog.getByRole('group', { name: 'Nivå 2', exact: true }).getByRole('textbox', { name: 'Svensk etikett' })).toHaveValue('Svagt');
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  expect(outside).toEqual([]);
});

test('merging a code moves its judgements to the target, joining one of the same project under the kept rating; undo restores them', async ({ page }) => {
  await openDemo(page);
  const OTHER = 'Tillit mellan kommunerna';
  await judge(page, 'Delvis');
  const panel = page.getByRole('region', { name: `${FACTOR} – ${PROJECT}` });
  await panel.getByRole('textbox', { name: 'Motivering' }).fill('Företagsrådet planerar med.');
  await panel.getByRole('textbox', { name: 'Motivering' }).blur();
  // The programme's judgement of the factor moves as it is; the target has none for the programme.
  await heatmap(page).getByRole('button', { name: `${FACTOR} – Programmet: Ej bedömd, 0 citat`, exact: true }).click();
  await page.getByRole('region', { name: `${FACTOR} – Programmet` }).getByRole('group', { name: 'Betyg' }).getByRole('radio', { name: 'Svagt', exact: true }).click();
  await heatmap(page).getByRole('button', { name: `${OTHER} – ${PROJECT}: Ej bedömd, 0 citat`, exact: true }).click();
  await page.getByRole('region', { name: `${OTHER} – ${PROJECT}` }).getByRole('group', { name: 'Betyg' }).getByRole('radio', { name: 'Starkt', exact: true }).click();
  await expect(heatmap(page).getByRole('button', { name: `${OTHER} – ${PROJECT}: Starkt, 0 citat, inget belägg`, exact: true })).toBeVisible();

  await nav(page, 'Kodbok').click();
  await page.getByRole('tree', { name: FRAMEWORK }).getByRole('treeitem', { name: FACTOR, exact: true }).click();
  await page.getByRole('region', { name: 'Vald kod' }).getByRole('button', { name: `Slå ihop ${FACTOR} med en annan kod` }).click();
  const merge = page.getByRole('dialog', { name: `Slå ihop ${FACTOR} med en annan kod` });
  await merge.getByLabel('Slå ihop med').selectOption({ label: `Återkommande lärdomar › ${OTHER}` });
  await expect(merge).toContainText(`1 bedömning av ”${FACTOR}” flyttas till ”${OTHER}”.`);
  await expect(merge).toContainText(`1 bedömning gäller ett projekt (eller programmet) som redan har en bedömning av ”${OTHER}”: betyget för ”${OTHER}” behålls`);
  await page.screenshot({ path: '/tmp/judge-merge-dialog.png' });
  await merge.getByRole('button', { name: 'Slå ihop' }).click();
  await expect(merge).toBeHidden();

  await openLnu(page);
  await expect(heatmap(page).getByRole('rowheader', { name: FACTOR, exact: true })).toHaveCount(0);
  await expect(heatmap(page).getByRole('button', { name: `${OTHER} – Programmet: Svagt, 0 citat, inget belägg`, exact: true })).toBeVisible();
  const kept = heatmap(page).getByRole('button', { name: `${OTHER} – ${PROJECT}: Starkt, 0 citat, inget belägg`, exact: true });
  await kept.click();
  await expect(page.getByRole('region', { name: `${OTHER} – ${PROJECT}` }).getByRole('textbox', { name: 'Motivering' })).toHaveValue(`Från koden ”${FACTOR}”:\nFöretagsrådet planerar med.`);

  await page.getByRole('heading', { name: 'Bedömningar', level: 1 }).click();
  await page.keyboard.press('Control+z');
  await expect(cellButton(page, 'Delvis, 0 citat, inget belägg')).toBeVisible();
  await expect(heatmap(page).getByRole('button', { name: `${FACTOR} – Programmet: Svagt, 0 citat, inget belägg`, exact: true })).toBeVisible();
});

test('links a coded table row to a finding from the screen, shows it with dataset, row and project, unlinks it, and undo brings it back', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 1000 });
  await openDemo(page);
  await nav(page, 'Data').click();
  const table = ['Projektkod;År;Nya ramavtal', 'MB-2022-03;2024;4', 'MB-2023-07;2024;0'].join('\r\n');
  await chooseFile(page, () => page.getByRole('button', { name: 'Importera tabell' }).click(), { name: 'Ramavtal.csv', mimeType: 'text/csv', buffer: Buffer.from(table, 'utf8') });
  await page.getByRole('dialog', { name: 'Importera tabell' }).getByRole('button', { name: 'Spara som dataset' }).click();
  await expect(page.getByRole('heading', { name: 'Ramavtal', level: 1 })).toBeVisible();
  await page.getByRole('gridcell', { name: '4', exact: true }).click();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('hög delaktighet');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Kodade rader och celler (1)' })).toBeVisible();

  const TITLE = 'Ramavtalen ökade';
  await nav(page, 'Slutsatser').click();
  await page.getByRole('button', { name: 'Ny slutsats' }).click();
  await page.getByRole('textbox', { name: 'Rubrik' }).fill(TITLE);
  await page.getByRole('button', { name: 'Spara' }).click();
  const finding = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: TITLE }) });
  await expect(finding.getByText('Vilar inte på något belägg')).toBeVisible();
  await finding.getByRole('button', { name: `Koppla belägg till ${TITLE}` }).click();
  const links = finding.getByRole('region', { name: `Koppla belägg till ${TITLE}` });
  await links.getByLabel('Citat kodade med').selectOption({ label: 'Hög delaktighet' });
  const ROW = 'Ramavtal, rad 2 (Smart upphandling på Höglandet)';
  await links.getByRole('button', { name: `Koppla: ${ROW}` }).click();
  await expect(links.getByRole('button', { name: `Ta bort koppling: ${ROW}` })).toBeVisible();
  await links.getByRole('button', { name: 'Klar' }).click();

  const rows = finding.locator('.rests-on').filter({ has: page.getByRole('heading', { name: 'Tabellrader' }) });
  await expect(rows).toContainText('Smart upphandling på Höglandet, Ramavtal, rad 2');
  await expect(rows).toContainText('Nya ramavtal: 4');
  await expect(finding.getByText('Vilar inte på något belägg')).toHaveCount(0);
  await finding.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/judge-finding-row.png' });

  await rows.getByRole('button', { name: `Ta bort koppling: ${ROW}` }).click();
  await expect(finding.getByRole('heading', { name: 'Tabellrader' })).toHaveCount(0);
  await expect(finding.getByText('Vilar inte på något belägg')).toBeVisible();
  await page.getByRole('heading', { name: 'Slutsatser och rekommendationer', level: 1 }).click();
  await page.keyboard.press('Control+z');
  await expect(finding.locator('.rests-on')).toContainText('Smart upphandling på Höglandet, Ramavtal, rad 2');
});

test('a matrix level takes no shortcut, and the auto-code list offers a parent under its own label', async ({ page }) => {
  await openDemo(page);
  await nav(page, 'Kodbok').click();
  await page.getByRole('tree', { name: 'Resultatmatris' }).getByRole('treeitem', { name: 'Lokal nivå', exact: true }).locator(':scope > .code-row').click();
  await page.getByRole('region', { name: 'Vald kod' }).getByRole('button', { name: 'Redigera Lokal nivå' }).click();
  const edit = page.getByRole('dialog', { name: 'Redigera Lokal nivå' });
  await expect(edit.getByText('Koden är en nivå eller kolumn i resultatmatrisen, en rubrik och ingen kategori')).toBeVisible();
  await expect(edit.getByRole('textbox', { name: 'Kortkommando' })).toHaveCount(0);
  await edit.getByRole('button', { name: 'Avbryt' }).click();

  await nav(page, 'Sök').click();
  await page.getByRole('searchbox').first().fill('samverkan');
  const select = page.getByRole('complementary', { name: 'Autokoda' }).getByLabel('Kod', { exact: true });
  await expect(select.locator('optgroup[label="Faktorer som främjar lärande – Kultur för lärande"] option').first()).toHaveText('Kultur för lärande (i stort)');
  await expect(select.locator('option', { hasText: 'Lokal nivå' })).toHaveCount(0);
});
