import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import { FIXTURES, addProject, applyCode, chooseFile, codeOptionValue, codePhrase, createEvaluation, importDocuments, nav, paletteFilter, paletteOption, selectPhrase, watchNetwork } from './helpers';

const V1 = path.join(FIXTURES, 'coding/slutrapport-v1.txt');
const V2 = path.join(FIXTURES, 'coding/slutrapport-v2.txt');

const NETWORKS = 'Samverkan över kommungränsen har lett till nya nätverk mellan företagare, tjänstepersoner och regionen.';
const INNER = 'nya nätverk mellan företagare';
const SUPPLIERS = 'Leverantörsträffarna inför upphandlingarna har gett fler anbud från lokala företag än tidigare år.';
const LEARNING = 'Projektledaren beskriver att tiden för lärande och reflektion inte räckte till under det första året.';
const SPREAD = 'Resultaten visar att metoden kan spridas till andra kommuner i länet med små anpassningar.';

const LOCAL_EFFECTS = 'Lokal nivå – Effekter';
const TOOLS = 'Framgångsfaktorer – Verktyg: effektivt projektgenomförande';

async function openDocument(page: Page, title: RegExp): Promise<void> {
  await nav(page, 'Dokument').click();
  await page.getByRole('table', { name: 'Utvärderingens dokument' }).getByRole('link', { name: title }).click();
  await expect(page.getByRole('document', { name: 'Dokumentets text' })).toBeVisible();
}

async function setUp(page: Page, title: string): Promise<void> {
  await page.goto('/');
  await createEvaluation(page, title);
  await addProject(page, 'Företagsrådet i Mellanbygden');
  await importDocuments(page, [V1], { project: 'Företagsrådet i Mellanbygden', type: 'slutrapport' });
  await openDocument(page, /Slutrapport/);
}

/** Gives a code a shortcut key in the codebook editor, then comes back to the document. */
async function setShortcut(page: Page, codeId: string, label: string, key: string): Promise<void> {
  await nav(page, 'Kodbok').click();
  await page.locator(`[role="treeitem"][data-code-id="${codeId}"] > .code-row`).click();
  await page.getByRole('button', { name: `Redigera ${label}`, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Redigera ${label}` });
  await dialog.getByLabel('Kortkommando').fill(key);
  await dialog.getByRole('button', { name: 'Spara' }).click();
  await expect(dialog).toBeHidden();
  await openDocument(page, /Slutrapport/);
}

async function expectNoSeriousViolations(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${screen}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

function segmentPanel(page: Page) {
  return page.getByRole('region', { name: 'Valt citat' });
}

test('codes with the palette, by drag and by shortcut key; overlapping quotes read as bars; undo and redo', async ({ page }, testInfo) => {
  const outside = watchNetwork(page);
  await setUp(page, 'Kodning med paletten');
  const text = page.getByRole('document', { name: 'Dokumentets text' });
  const toast = page.getByRole('status');

  // The palette filters without regard to case or å/ä/ö, in both languages and in the definitions.
  const filter = paletteFilter(page);
  await filter.fill('LARANDE');
  await expect(page.getByRole('option', { name: /Ökade kunskaper\/lärande om tillväxtarbete/ }).first()).toBeVisible();
  await filter.fill('new cooperation');
  await expect(page.getByRole('option', { name: /^Nya samverkansparter/ })).toHaveCount(2);
  await filter.fill('zzzz');
  await expect(page.getByText('Ingen kod matchar ”zzzz”.', { exact: false })).toBeVisible();
  await filter.fill('');

  // Select a passage, Ctrl+K to the filter, type, Enter: the best match codes it.
  await selectPhrase(page, NETWORKS);
  await expect(page.getByText('Kodar den markerade texten')).toBeVisible();
  await page.keyboard.press('Control+k');
  await expect(filter).toBeFocused();
  await page.keyboard.type('nya samverkans');
  await expect(page.getByRole('option', { name: /^Nya samverkansparter/ }).first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(text.locator('mark.coded')).toHaveText([NETWORKS]);
  await expect(toast).toContainText('Kodat som ”Nya samverkansparter”');
  await expect(page.getByRole('heading', { name: 'Kodade citat (1)' })).toBeVisible();
  // The code used goes first in the palette, under "Senast använda".
  await expect(page.getByRole('group', { name: 'Senast använda' }).getByRole('option')).toHaveText([/Nya samverkansparter/]);

  // A second code on part of the passage: the overlap has both ids, and the margin two bars side by side.
  await selectPhrase(page, INNER);
  await applyCode(page, TOOLS, 'Mötesplatser och nätverk');
  await expect(text.locator('mark.coded-overlap')).toHaveText(INNER);
  const bars = text.locator('.seg-bar');
  await expect(bars).toHaveCount(2);
  const lefts = await bars.evaluateAll((elements) => elements.map((element) => (element as HTMLElement).style.left));
  expect(new Set(lefts).size).toBe(2);
  await expect(bars.nth(0)).toHaveAttribute('title', /Nya samverkansparter|Mötesplatser och nätverk/);
  await expect(text.locator('mark.coded-overlap')).toHaveAttribute('title', 'Nya samverkansparter · Mötesplatser och nätverk');
  await page.setViewportSize({ width: 1440, height: 1000 });
  await text.locator('mark.coded-overlap').scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('overlap.png') });
  const box = await text.locator('mark.coded-overlap').boundingBox();
  const column = await text.boundingBox();
  if (box && column) await page.screenshot({ path: testInfo.outputPath('overlap-margin.png'), clip: { x: column.x, y: box.y - 40, width: 420, height: 110 } });
  await page.setViewportSize({ width: 1280, height: 720 });

  // Clicking a bar selects its segment in the panel (the outer passage's bar comes first).
  await bars.nth(0).click();
  await expect(segmentPanel(page).locator('q')).toHaveText(NETWORKS);
  await expect(segmentPanel(page)).toBeVisible();
  await expect(segmentPanel(page).getByRole('list', { name: 'Koder' }).getByRole('listitem')).toHaveCount(1);

  // Clicking a coded passage selects the segment there (the shortest one first).
  await text.locator('mark.coded-overlap').click();
  await expect(segmentPanel(page).locator('q')).toHaveText(INNER);

  // Drag a code from the palette onto the selected text.
  await selectPhrase(page, SPREAD);
  await paletteOption(page, LOCAL_EFFECTS, 'Ökad tillväxt').dragTo(text.getByText(SPREAD));
  await expect(text.locator('mark.coded', { hasText: SPREAD })).toHaveAttribute('title', 'Ökad tillväxt');
  await expect(page.getByRole('heading', { name: 'Kodade citat (3)' })).toBeVisible();

  // Or drag the selected text onto a code of the palette.
  await selectPhrase(page, LEARNING);
  await page.evaluate(() => {
    const option = document.querySelector('.palette [role="option"]') as HTMLElement;
    const data = new DataTransfer();
    data.setData('text/plain', String(window.getSelection()));
    option.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    option.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await expect(text.locator('mark.coded', { hasText: LEARNING })).toBeVisible();
  // Ctrl+Z right away takes it back, also from the palette's filter (in other text fields it undoes typing).
  await page.getByRole('combobox', { name: 'Filtrera koder' }).focus();
  await page.keyboard.press('Control+z');
  await expect(text.locator('mark.coded', { hasText: LEARNING })).toHaveCount(0);

  // A shortcut key codes the selection.
  await setShortcut(page, await codeOptionValue(page, LOCAL_EFFECTS, 'Förbättring av internt arbetssätt'), 'Förbättring av internt arbetssätt', '1');
  await expect(paletteOption(page, LOCAL_EFFECTS, 'Förbättring av internt arbetssätt').locator('kbd')).toHaveText('1');
  await selectPhrase(page, SUPPLIERS);
  await page.keyboard.press('1');
  await expect(text.locator('mark.coded', { hasText: SUPPLIERS })).toHaveAttribute('title', 'Förbättring av internt arbetssätt');
  await expect(toast).toContainText('Kodat som ”Förbättring av internt arbetssätt”');
  await expect(page.getByRole('heading', { name: 'Kodade citat (4)' })).toBeVisible();

  // Undo takes the coding back, redo brings it again.
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('Control+z');
  await expect(text.locator('mark.coded', { hasText: SUPPLIERS })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Kodade citat (3)' })).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(text.locator('mark.coded', { hasText: SUPPLIERS })).toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'Kodade citat (4)' })).toBeVisible();
  expect(outside).toEqual([]);
});

test('the selected quote: memo, strength and direction persist; its range adjusts; delete is undoable; next and previous', async ({ page }, testInfo) => {
  await setUp(page, 'Citatets panel');
  const text = page.getByRole('document', { name: 'Dokumentets text' });
  await codePhrase(page, NETWORKS, LOCAL_EFFECTS, 'Nya samverkansparter');
  await codePhrase(page, LEARNING, LOCAL_EFFECTS, 'Ökade kunskaper/lärande om tillväxtarbete');
  await codePhrase(page, SPREAD, LOCAL_EFFECTS, 'Nya samverkansparter');

  // The list selects a quote: the panel shows its quote, source, codes and times.
  await page.getByRole('list', { name: /Kodade citat/ }).getByRole('button', { name: /Samverkan över kommungränsen/ }).click();
  const panel = segmentPanel(page);
  await expect(panel.locator('q')).toHaveText(NETWORKS);
  await expect(panel.locator('cite')).toHaveText('Företagsrådet i Mellanbygden, Slutrapport v1');
  await expect(panel.getByText('Citat 1 av 3 i dokumentet')).toBeVisible();
  await expect(text.locator('mark.seg-selected')).toHaveText(NETWORKS);

  // Memo, strength and direction.
  await panel.getByLabel('Anteckning').fill('Tydligt exempel på nya kontakter över kommungränsen.');
  await panel.getByRole('group', { name: 'Beläggets styrka' }).getByRole('radio', { name: 'Måttlig' }).check();
  await expect(panel.getByText('Anteckningen är sparad.')).toBeVisible();
  await panel.getByRole('group', { name: 'Riktning' }).getByRole('radio', { name: /Hindrande/ }).check();
  await panel.getByRole('group', { name: 'Riktning' }).getByRole('radio', { name: /Främjande/ }).check();
  await page.setViewportSize({ width: 1600, height: 1500 });
  await page.screenshot({ path: testInfo.outputPath('panel.png') });
  await expectNoSeriousViolations(page, 'reader with the segment panel');
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.reload();
  await page.getByRole('list', { name: /Kodade citat/ }).getByRole('button', { name: /Samverkan över kommungränsen/ }).click();
  await expect(panel.getByLabel('Anteckning')).toHaveValue('Tydligt exempel på nya kontakter över kommungränsen.');
  await expect(panel.getByRole('group', { name: 'Beläggets styrka' }).getByRole('radio', { name: 'Måttlig' })).toBeChecked();
  await expect(panel.getByRole('group', { name: 'Riktning' }).getByRole('radio', { name: /Främjande/ })).toBeChecked();

  // The range: a word at a time, or the selection.
  await panel.getByRole('button', { name: 'Sluta ett ord tidigare' }).click();
  await expect(panel.locator('q')).toHaveText('Samverkan över kommungränsen har lett till nya nätverk mellan företagare, tjänstepersoner och');
  await panel.getByRole('button', { name: 'Börja ett ord senare' }).click();
  await expect(panel.locator('q')).toHaveText('över kommungränsen har lett till nya nätverk mellan företagare, tjänstepersoner och');
  await panel.getByRole('button', { name: 'Börja ett ord tidigare' }).click();
  await panel.getByRole('button', { name: 'Sluta ett ord senare' }).click();
  await expect(panel.locator('q')).toHaveText(NETWORKS);
  await expect(panel.getByRole('button', { name: 'Använd markeringen som omfång' })).toBeDisabled();
  await selectPhrase(page, 'Samverkan över kommungränsen har lett till nya nätverk');
  await panel.getByRole('button', { name: 'Använd markeringen som omfång' }).click();
  await expect(panel.locator('q')).toHaveText('Samverkan över kommungränsen har lett till nya nätverk');
  await expect(text.locator('mark.seg-selected')).toHaveText('Samverkan över kommungränsen har lett till nya nätverk');
  // The judgement stayed with it.
  await expect(panel.getByLabel('Anteckning')).toHaveValue('Tydligt exempel på nya kontakter över kommungränsen.');

  // Next and previous, by key and by button.
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(panel.locator('q')).toHaveText(LEARNING);
  await panel.getByRole('button', { name: /Nästa citat/ }).click();
  await expect(panel.locator('q')).toHaveText(SPREAD);
  await expect(text.locator('mark.seg-selected')).toBeInViewport();
  await panel.getByRole('button', { name: /Nästa citat/ }).click();
  await expect(page.getByRole('status')).toHaveText('Det finns inga fler citat åt det hållet i dokumentet.');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(panel.locator('q')).toHaveText(LEARNING);

  // Delete without asking; Ctrl+Z brings it back.
  await panel.getByRole('button', { name: 'Ta bort citatet' }).click();
  await expect(page.getByRole('status')).toHaveText('Citatet är borttaget. Ctrl+Z ångrar.');
  await expect(panel).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Kodade citat (2)' })).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('heading', { name: 'Kodade citat (3)' })).toBeVisible();
  await expect(text.locator('mark.coded', { hasText: 'tiden för lärande' })).toHaveCount(1);
});

test('next and previous with the same code cross documents, in project and document order', async ({ page }) => {
  await setUp(page, 'Kod genom dokumenten');
  await codePhrase(page, NETWORKS, LOCAL_EFFECTS, 'Nya samverkansparter');
  // A second project's report, after this one by project name.
  await nav(page, 'Projekt').click();
  await addProject(page, 'Vägen framåt i Östbygd');
  await importDocuments(page, [path.join(FIXTURES, 'reports/samverkan-delrapport-2025-03-31.txt')], { project: 'Vägen framåt i Östbygd', type: 'delrapport' });
  await openDocument(page, /delrapport/i);
  await codePhrase(page, 'tecknat ett avtal om gemensam företagsrådgivning', LOCAL_EFFECTS, 'Nya samverkansparter');

  const panel = segmentPanel(page);
  await expect(panel.locator('q')).toHaveText('tecknat ett avtal om gemensam företagsrådgivning');
  await panel.getByRole('button', { name: /Föregående med koden/ }).click();
  await expect(page).toHaveURL(/\/documents\/[^/]+\/s\/[^/]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Slutrapport v1');
  await expect(panel.locator('q')).toHaveText(NETWORKS);
  await expect(page.locator('mark.seg-selected')).toBeInViewport();
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Samverkan delrapport');
  await expect(panel.locator('q')).toHaveText('tecknat ett avtal om gemensam företagsrådgivning');
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await expect(page.getByRole('status')).toHaveText('Det finns inga fler citat med koden ”Nya samverkansparter” åt det hållet.');
});

test('a new version keeps the quotes it still has, and lists the lost one to place here or open in the old version', async ({ page }, testInfo) => {
  await setUp(page, 'Ny version');
  await codePhrase(page, NETWORKS, LOCAL_EFFECTS, 'Nya samverkansparter');
  await codePhrase(page, SUPPLIERS, LOCAL_EFFECTS, 'Förbättring av internt arbetssätt');
  await codePhrase(page, LEARNING, LOCAL_EFFECTS, 'Ökade kunskaper/lärande om tillväxtarbete');

  await nav(page, 'Dokument').click();
  await chooseFile(page, () => page.getByRole('button', { name: /^Ersätt .* med en ny version$/ }).click(), V2);
  const dialog = page.getByRole('dialog', { name: /^Ersätt ”.*” med en ny version$/ });
  await dialog.getByRole('button', { name: 'Importera (1)' }).click();
  await expect(dialog.getByRole('list', { name: 'Resultat av importen' })).toContainText('2 kodade citat flyttades till den nya versionen; 1 fanns inte kvar');
  await dialog.getByRole('button', { name: 'Stäng' }).click();
  await openDocument(page, /Slutrapport/);

  // The two found again are painted in the new text; the lost one is listed.
  const text = page.getByRole('document', { name: 'Dokumentets text' });
  await expect(text.locator('mark.coded')).toHaveText([NETWORKS, LEARNING]);
  const notice = page.getByRole('region', { name: '1 kodat citat kunde inte placeras i den här versionen' });
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('listitem')).toHaveCount(1);
  await expect(notice.getByRole('listitem')).toContainText('Leverantörsträffarna inför upphandlingarna');
  await expect(notice.getByRole('listitem')).toContainText('Förbättring av internt arbetssätt');
  await page.screenshot({ path: testInfo.outputPath('unplaced.png') });

  // It opens in the old version, selected.
  await notice.getByRole('link', { name: 'Öppna i version 1' }).click();
  await expect(page.getByText('Det här är version 1 av dokumentet.')).toBeVisible();
  await expect(segmentPanel(page).locator('q')).toHaveText(SUPPLIERS);
  await page.getByRole('link', { name: 'Öppna den nyare versionen' }).click();

  // Placed here at the selected text, it leaves the list.
  const placed = 'Efter granskningen har styrgruppen beslutat att fortsätta arbetet med egna medel under 2026.';
  await expect(notice.getByRole('button', { name: /^Placera/ })).toBeDisabled();
  await selectPhrase(page, placed);
  await notice.getByRole('button', { name: /^Placera ”Leverantörsträffarna/ }).click();
  await expect(page.getByRole('status')).toHaveText('Citatet är placerat i den här versionen. Ctrl+Z ångrar.');
  await expect(notice).toHaveCount(0);
  await expect(text.locator('mark.coded')).toHaveText([NETWORKS, LEARNING, placed]);
  await expect(segmentPanel(page).getByRole('list', { name: 'Koder' })).toContainText('Förbättring av internt arbetssätt');
});
