import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { chooseFile, FIXTURES, nav } from './helpers';

/** Where the screenshots of the three screens are written, for a person to look at. */
const SHOTS = process.env.SPARBAR_SHOTS ?? '';

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

async function expectNoSeriousViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${screen}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

async function openDemoCodebook(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Öppna demoutvärdering' }).click();
  await expect(page.getByText('Kodade citat i matrisen: 16')).toBeVisible();
  await nav(page, 'Kodbok').click();
  await expect(page.getByRole('heading', { name: 'Kodbok', level: 1 })).toBeVisible();
}

/** A code of the results matrix by level, column and label, e.g. Lokal nivå › Erfarenheter/Resultat › Inspiration. */
function matrixCode(page: Page, level: string, column: string, label: string) {
  return page
    .getByRole('tree', { name: 'Resultatmatris' })
    .getByRole('treeitem', { name: level, exact: true })
    .getByRole('treeitem', { name: column, exact: true })
    .getByRole('treeitem', { name: label, exact: true });
}

/** The evidence count shown on a code's row (the link to its quotes). */
function countOf(item: ReturnType<typeof matrixCode>) {
  return item.locator(':scope > .code-row .code-count');
}

test('the codebook editor adds, renames, moves, merges and deletes codes; undo, the log and the quote list follow', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Öppna demoutvärdering' }).click();
  await expect(page.getByText('Kodade citat i matrisen: 16')).toBeVisible();
  // The log names the coder set in Settings.
  await nav(page, 'Inställningar').click();
  await page.getByLabel('Ditt namn som kodare').fill('Karin Lindqvist');
  await page.getByLabel('Ditt namn som kodare').blur();
  await page.goBack();
  await nav(page, 'Kodbok').click();
  const own = page.getByRole('tree', { name: 'Egna koder' });
  const panel = page.getByRole('region', { name: 'Vald kod' });

  // Add two codes of the evaluator's own.
  for (const name of ['Lokala leverantörer', 'Upphandlingsregler']) {
    await page.getByRole('button', { name: 'Ny kod i Egna koder' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ny kod i Egna koder' });
    await expect(dialog.getByLabel('Namn (svenska)')).toBeFocused();
    await dialog.getByLabel('Namn (svenska)').fill(name);
    await dialog.getByLabel('Definition (svenska)').fill(`Citat om ${name.toLowerCase()}.`);
    await dialog.getByRole('button', { name: 'Lägg till' }).click();
    await expect(dialog).toBeHidden();
    // The new code is selected and takes the focus.
    await expect(own.getByRole('treeitem', { name, exact: true })).toBeFocused();
    await expect(own.getByRole('treeitem', { name, exact: true })).toHaveAttribute('aria-selected', 'true');
  }
  await expect(own.getByRole('treeitem')).toHaveCount(2);
  // A code needs a name.
  await page.getByRole('button', { name: 'Ny kod i Egna koder' }).click();
  const empty = page.getByRole('dialog', { name: 'Ny kod i Egna koder' });
  await empty.getByRole('button', { name: 'Lägg till' }).click();
  await expect(empty.getByText('Skriv ett namn på svenska eller engelska.')).toBeVisible();
  await empty.getByRole('button', { name: 'Avbryt' }).click();

  // Rename through the edit dialog, which has every text in both languages.
  await own.getByRole('treeitem', { name: 'Lokala leverantörer' }).click();
  await expect(panel.getByText('Lokala leverantörer', { exact: true })).toBeVisible();
  await panel.getByRole('button', { name: 'Redigera Lokala leverantörer' }).click();
  let edit = page.getByRole('dialog', { name: 'Redigera Lokala leverantörer' });
  await expect(edit.getByLabel('Definition (svenska)')).toHaveValue('Citat om lokala leverantörer.');
  await edit.getByLabel('Namn (svenska)').fill('Lokala leverantörer i upphandlingar');
  await edit.getByLabel('Namn (engelska)').fill('Local suppliers in procurement');
  await edit.getByRole('button', { name: 'Spara' }).click();
  await expect(edit).toBeHidden();
  const suppliers = own.getByRole('treeitem', { name: 'Lokala leverantörer i upphandlingar' });
  await expect(suppliers).toBeVisible();

  // A shortcut is one key; a taken one says which code has it, and moves.
  const rules = own.getByRole('treeitem', { name: 'Upphandlingsregler' });
  await rules.click();
  await panel.getByRole('button', { name: 'Redigera Upphandlingsregler' }).click();
  edit = page.getByRole('dialog', { name: 'Redigera Upphandlingsregler' });
  await edit.getByLabel('Kortkommando').fill('!');
  await edit.getByRole('button', { name: 'Spara' }).click();
  await expect(edit.getByText('Skriv en enda siffra eller bokstav (0–9, a–ö), eller lämna fältet tomt.')).toBeVisible();
  await edit.getByLabel('Kortkommando').fill('q');
  await edit.getByRole('button', { name: 'Spara' }).click();
  await expect(edit).toBeHidden();
  await expect(rules).toHaveAccessibleDescription(/Kortkommando q/);
  await suppliers.click();
  await panel.getByRole('button', { name: 'Redigera Lokala leverantörer i upphandlingar' }).click();
  edit = page.getByRole('dialog', { name: 'Redigera Lokala leverantörer i upphandlingar' });
  await edit.getByLabel('Kortkommando').fill('Q');
  await expect(edit.getByText('Kortkommandot q används nu av Upphandlingsregler. Det flyttas till den här koden när du sparar.')).toBeVisible();
  await shot(page, 'code-form');
  await expectNoSeriousViolations(page, 'code form');
  await edit.getByRole('group', { name: 'Färg', exact: true }).getByRole('radio', { name: 'Rosa' }).check();
  await edit.getByRole('button', { name: 'Spara' }).click();
  await expect(edit).toBeHidden();
  await expect(suppliers).toHaveAccessibleDescription(/Kortkommando q/);
  await expect(rules).not.toHaveAccessibleDescription(/Kortkommando/);

  // Move by keyboard in the tree: Alt+Shift+Up moves the code above its sibling, the focus stays on it.
  await rules.focus();
  await page.keyboard.press('Alt+Shift+ArrowUp');
  await expect(own.getByRole('treeitem').first()).toHaveAccessibleName('Upphandlingsregler');
  await expect(rules).toBeFocused();
  // Move with the panel's buttons: into the sibling above, then drag it out again before its parent.
  await suppliers.click();
  await panel.getByRole('button', { name: 'In: flytta Lokala leverantörer i upphandlingar in under Upphandlingsregler' }).click();
  const nested = rules.getByRole('treeitem', { name: 'Lokala leverantörer i upphandlingar' });
  await expect(nested).toHaveAttribute('aria-level', '2');
  await expect(rules).toHaveAttribute('aria-expanded', 'true');
  await nested.locator(':scope > .code-row').dragTo(rules.locator(':scope > .code-row'), { targetPosition: { x: 40, y: 2 } });
  await expect(own.getByRole('treeitem').first()).toHaveAccessibleName('Lokala leverantörer i upphandlingar');
  await expect(own.getByRole('treeitem', { name: 'Lokala leverantörer i upphandlingar' })).toHaveAttribute('aria-level', '1');
  // Arrow keys walk the tree.
  await own.getByRole('treeitem').first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(rules).toBeFocused();
  await expect(panel.getByText('Upphandlingsregler', { exact: true })).toBeVisible();
  // F2 edits the focused code; Escape closes the dialog and the focus is back in the tree.
  await page.keyboard.press('F2');
  await expect(page.getByRole('dialog', { name: 'Redigera Upphandlingsregler' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(rules).toBeFocused();
  await shot(page, 'codebook');
  await expectNoSeriousViolations(page, 'codebook');

  // Merge a code with evidence into another: the confirmation says how much moves, and the count moves.
  const inspiration = matrixCode(page, 'Lokal nivå', 'Erfarenheter/Resultat', 'Inspiration');
  const examples = matrixCode(page, 'Lokal nivå', 'Erfarenheter/Resultat', 'Goda exempel, metoder');
  await expect(countOf(inspiration)).toHaveText('1 citat');
  await expect(countOf(examples)).toHaveText('2 citat');
  await inspiration.click();
  await panel.getByRole('button', { name: 'Slå ihop Inspiration med en annan kod' }).click();
  const merge = page.getByRole('dialog', { name: 'Slå ihop Inspiration med en annan kod' });
  await merge.getByRole('button', { name: 'Slå ihop' }).click();
  await expect(merge.getByText('Välj koden som Inspiration ska slås ihop med.')).toBeVisible();
  await merge.getByLabel('Slå ihop med').selectOption({ label: 'Lokal nivå › Erfarenheter/Resultat › Goda exempel, metoder' });
  await expect(merge).toContainText('1 citat flyttas från ”Inspiration” till ”Goda exempel, metoder”, och ”Inspiration” tas bort.');
  await shot(page, 'merge-dialog');
  await merge.getByRole('button', { name: 'Slå ihop' }).click();
  await expect(merge).toBeHidden();
  await expect(inspiration).toHaveCount(0);
  await expect(countOf(examples)).toHaveText('3 citat');

  // Delete a code whose only quote then has no code: the quote is kept and listed as uncoded.
  const growth = matrixCode(page, 'Lokal nivå', 'Effekter', 'Ökad tillväxt');
  await expect(countOf(growth)).toHaveText('1 citat');
  const uncoded = page.getByRole('region', { name: 'Okodade citat' });
  await expect(uncoded).toContainText('Inga okodade citat.');
  await growth.click();
  await panel.getByRole('button', { name: 'Ta bort Ökad tillväxt' }).click();
  const confirm = page.getByRole('dialog', { name: 'Ta bort Ökad tillväxt?' });
  await expect(confirm).toContainText('Koden ”Ökad tillväxt” tas bort. 1 citat eller tabellrad förlorar koden. Ett av dem får ingen kod alls men finns kvar och listas under ”Okodade citat”.');
  await shot(page, 'delete-dialog');
  await confirm.getByRole('button', { name: 'Ta bort koden' }).click();
  await expect(confirm).toBeHidden();
  await expect(growth).toHaveCount(0);
  const orphan = uncoded.getByRole('link', { name: /Fyra lokala företag har tecknat nya ramavtal/ });
  await expect(orphan).toBeVisible();
  await expect(orphan).toHaveAttribute('href', /#\/e\/[^/]+\/documents\/[^/]+\/s\/[^/]+$/);
  await expect(uncoded).toContainText('Smart upphandling på Höglandet, Slutrapport – Smart upphandling på Höglandet');
  await page.locator('.evidence-sections').scrollIntoViewIfNeeded();
  await shot(page, 'codebook-uncoded');

  // Ctrl+Z brings the code back with its evidence.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('status')).toContainText('Ångrat: Tog bort kod');
  await expect(countOf(growth)).toHaveText('1 citat');
  await expect(uncoded).toContainText('Inga okodade citat.');

  // The log lists each step, newest first, with the coder; it filters by action, coder and text.
  await nav(page, 'Logg').click();
  const log = page.getByRole('table', { name: 'Loggens händelser, de senaste först' });
  const rows = log.getByRole('row');
  await expect(rows).toHaveCount(1 + 11);
  await expect(rows.nth(1)).toContainText('Ångrade (Tog bort kod)');
  await expect(rows.nth(1)).toContainText('Ökad tillväxt');
  await expect(rows.nth(1)).toContainText('Karin Lindqvist');
  await expect(rows.nth(2)).toContainText('Tog bort kod');
  await expect(rows.nth(2)).toContainText('1 citat, 1 kod');
  await expect(rows.nth(3)).toContainText('Slog ihop koder');
  await expect(rows.nth(3)).toContainText('Inspiration → Goda exempel, metoder');
  for (const action of ['Lade till kod', 'Ändrade kod', 'Flyttade kod']) await expect(log).toContainText(action);
  await expect(log.locator('time').first()).toHaveText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
  await page.getByLabel('Händelse').selectOption({ label: 'Flyttade kod' });
  await expect(rows).toHaveCount(1 + 3);
  await expect(page.getByText('3 av 11 händelser')).toBeVisible();
  await page.getByLabel('Sök i loggen').fill('upphandlingsregler');
  await expect(rows).toHaveCount(1 + 1);
  await page.getByLabel('Händelse').selectOption({ label: 'Alla händelser' });
  await expect(rows).toHaveCount(1 + 3);
  await page.getByLabel('Kodare').selectOption({ label: 'Karin Lindqvist' });
  await expect(rows).toHaveCount(1 + 3);
  await page.getByLabel('Sök i loggen').fill('ingenting sådant');
  await expect(page.getByText('Inga händelser matchar filtret.')).toBeVisible();
  await page.getByRole('button', { name: 'Visa alla händelser' }).click();
  await expect(rows).toHaveCount(1 + 11);
  await shot(page, 'audit-log');
  await expectNoSeriousViolations(page, 'audit log');

  // A code's quote list: every quote in context, cited to project, document and page, opening the reader.
  await nav(page, 'Kodbok').click();
  await countOf(examples).click();
  await expect(page.getByRole('heading', { name: 'Goda exempel, metoder', level: 1 })).toBeVisible();
  await expect(page.getByText('Resultatmatris › Lokal nivå › Erfarenheter/Resultat')).toBeVisible();
  await expect(page.getByText('3 citat i 2 projekt och 3 dokument')).toBeVisible();
  const handel = page.getByRole('region', { name: 'Handel som tillväxtmotor i Vetlanda och Sävsjö' });
  await expect(handel).toContainText('Handel som tillväxtmotor i Vetlanda och Sävsjö, Delrapport 1 – Handel som tillväxtmotor i Vetlanda och Sävsjö');
  const procurement = page.getByRole('region', { name: 'Smart upphandling på Höglandet' });
  await expect(procurement.getByRole('listitem')).toHaveCount(2);
  // Sorted by document (the 2023 interim report first) and position.
  await expect(procurement.getByRole('listitem').first()).toContainText('Delrapport 1 – Smart upphandling på Höglandet');
  await expect(procurement.getByRole('listitem').nth(1)).toContainText('Också kodat: Erfarenhetsutbyte');
  await expect(procurement.getByRole('listitem').first()).toContainText(/Kodare: \S/);
  await shot(page, 'code-quotes');
  await expectNoSeriousViolations(page, 'quote list');
  const quote = handel.getByRole('link', { name: /Studiebesöket i Ljungby/ });
  await expect(quote.locator('mark')).toContainText('Studiebesöket i Ljungby');
  await quote.click();
  await expect(page).toHaveURL(/#\/e\/[^/]+\/documents\/[^/]+\/s\/[^/]+$/);
  await expect(page.getByRole('document', { name: 'Dokumentets text' })).toBeVisible();
  await expect(page.locator('mark.coded', { hasText: 'Studiebesöket i Ljungby' }).first()).toBeVisible();
});

test('REFI-QDA: the codebook exports as .qdc and imports into another evaluation; foreign and broken files are handled', async ({ page }, testInfo) => {
  await openDemoCodebook(page);
  await page.getByRole('button', { name: 'Ny kod i Egna koder' }).click();
  let dialog = page.getByRole('dialog', { name: 'Ny kod i Egna koder' });
  await dialog.getByLabel('Namn (svenska)').fill('Lokala leverantörer');
  await dialog.getByLabel('Namn (engelska)').fill('Local suppliers');
  await dialog.getByRole('button', { name: 'Lägg till' }).click();
  await page.getByRole('tree', { name: 'Egna koder' }).getByRole('treeitem', { name: 'Lokala leverantörer' }).click();
  await page.getByRole('button', { name: 'Ny underkod till Lokala leverantörer' }).click();
  dialog = page.getByRole('dialog', { name: 'Ny underkod till Lokala leverantörer' });
  await dialog.getByLabel('Namn (svenska)').fill('Ramavtal');
  await dialog.getByRole('button', { name: 'Lägg till' }).click();
  await expect(dialog).toBeHidden();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportera kodbok (REFI-QDA)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Delutvärdering av Lärande för tillväxt i Mellanbygden kodbok.qdc');
  const saved = testInfo.outputPath(file.suggestedFilename());
  await file.saveAs(saved);
  const xml = await readFile(saved, 'utf8');
  expect(xml).toContain('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"');
  expect(xml).toContain('name="Lokala leverantörer"');
  expect(xml).toContain('name="Goda exempel, metoder"');
  await expect(page.getByRole('status')).toContainText('Kodboken är sparad som Delutvärdering av Lärande för tillväxt i Mellanbygden kodbok.qdc.');

  // Another evaluation without Flernivåstyre: its framework codes come in with their framework, the
  // codes already there are skipped, and the own codes keep their tree.
  await nav(page, 'Utvärderingar').click();
  await page.getByRole('button', { name: 'Ny utvärdering' }).click();
  dialog = page.getByRole('dialog', { name: 'Ny utvärdering' });
  await dialog.getByLabel('Titel').fill('Importmål');
  await dialog.getByLabel('Flernivåstyre').uncheck();
  await dialog.getByRole('button', { name: 'Skapa utvärdering' }).click();
  await nav(page, 'Kodbok').click();
  await expect(page.getByRole('heading', { name: 'Flernivåstyre', level: 2 })).toHaveCount(0);
  await chooseFile(page, () => page.getByRole('button', { name: 'Importera kodbok (REFI-QDA)' }).click(), saved);
  const preview = page.getByRole('dialog', { name: `Importera kodbok från ${file.suggestedFilename()}` });
  await expect(preview).toContainText('koder finns redan i kodboken och hoppas över.');
  await expect(preview.getByRole('listitem').filter({ hasText: 'Lokala leverantörer' })).toBeVisible();
  await expect(preview.getByRole('listitem').filter({ hasText: 'Flernivåstyre' }).first()).toBeVisible();
  await shot(page, 'import-preview');
  await expectNoSeriousViolations(page, 'import preview');
  await preview.getByRole('button', { name: /^Importera \d+ koder$/ }).click();
  await expect(preview).toBeHidden();
  await expect(page.getByRole('status')).toContainText(/Importerade \d+ koder/);
  const own = page.getByRole('tree', { name: 'Egna koder' });
  await expect(own.getByRole('treeitem', { name: 'Lokala leverantörer', exact: true })).toBeVisible();
  await expect(own.getByRole('treeitem', { name: 'Lokala leverantörer', exact: true }).getByRole('treeitem', { name: 'Ramavtal' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Flernivåstyre', level: 2 })).toBeVisible();
  // Only one results matrix: its codes were already there.
  await expect(page.getByRole('tree', { name: 'Resultatmatris' }).getByRole('treeitem', { name: 'Lokal nivå', exact: true })).toHaveCount(1);
  // The same file again has nothing new.
  await chooseFile(page, () => page.getByRole('button', { name: 'Importera kodbok (REFI-QDA)' }).click(), saved);
  await expect(preview).toContainText('Alla koder i filen finns redan i kodboken');
  await expect(preview.getByRole('button', { name: /^Importera/ })).toHaveCount(0);
  await preview.getByRole('button', { name: 'Avbryt' }).click();
  // Undo takes the whole import back as one step.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('status')).toContainText('Ångrat: Importerade kodbok');
  await expect(own).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Flernivåstyre', level: 2 })).toHaveCount(0);

  // A codebook from another program: its codes become own codes, with their tree, colours and notes.
  await chooseFile(page, () => page.getByRole('button', { name: 'Importera kodbok (REFI-QDA)' }).click(), path.join(FIXTURES, 'codebook', 'other-program.qdc'));
  const foreign = page.getByRole('dialog', { name: 'Importera kodbok från other-program.qdc' });
  await expect(foreign).toContainText('Filen har 4 koder. Den skapades med QualCoder 3.6.');
  await expect(foreign).toContainText('4 koder läggs till i kodboken.');
  await expect(foreign).toContainText('Kodgrupper (sets) i filen importerades inte; koderna i dem finns med.');
  await shot(page, 'import-foreign');
  await foreign.getByRole('button', { name: 'Importera 4 koder' }).click();
  await expect(own.getByRole('treeitem', { name: 'Hinder', exact: true }).getByRole('treeitem', { name: 'Brist på tid' })).toBeVisible();
  await expect(own).toContainText('Tiden räcker inte till för samverkan.');

  // A broken file says what to do, and nothing is imported.
  await chooseFile(page, () => page.getByRole('button', { name: 'Importera kodbok (REFI-QDA)' }).click(), path.join(FIXTURES, 'codebook', 'broken.qdc'));
  const broken = page.getByRole('dialog', { name: 'Importera kodbok från broken.qdc' });
  await expect(broken.getByRole('alert')).toContainText('Filen är ingen REFI-QDA-fil, eller så är den skadad.');
  await expect(broken.getByRole('button', { name: /^Importera/ })).toHaveCount(0);
  await shot(page, 'import-broken');
  await broken.getByRole('button', { name: 'Avbryt' }).click();
  await expect(own.getByRole('treeitem')).toHaveCount(4);
});

test('coded table data is counted on its code, listed with its dataset and row, and kept as uncoded when its code goes', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Öppna demoutvärdering' }).click();
  await expect(page.getByText('Kodade citat i matrisen: 16')).toBeVisible();
  await nav(page, 'Data').click();
  const table = ['Projektkod;År;Nya ramavtal', 'MB-2022-03;2024;4', 'MB-2023-07;2024;0'].join('\r\n');
  await chooseFile(page, () => page.getByRole('button', { name: 'Importera tabell' }).click(), { name: 'Ramavtal.csv', mimeType: 'text/csv', buffer: Buffer.from(table, 'utf8') });
  const dialog = page.getByRole('dialog', { name: 'Importera tabell' });
  await expect(dialog.getByText('2 av 2 rader matchar ett projekt')).toBeVisible();
  await dialog.getByRole('button', { name: 'Spara som dataset' }).click();
  await expect(page.getByRole('heading', { name: 'Ramavtal', level: 1 })).toBeVisible();
  // Code the whole first row with "Ökad tillväxt" (Lokal nivå › Effekter) from the palette.
  await page.getByRole('gridcell', { name: '4', exact: true }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByText('Kodar hela raden')).toBeVisible();
  await page.keyboard.press('Control+k');
  await page.keyboard.type('ökad tillväxt');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Kodade rader och celler (1)' })).toBeVisible();

  await nav(page, 'Kodbok').click();
  const growth = matrixCode(page, 'Lokal nivå', 'Effekter', 'Ökad tillväxt');
  await expect(countOf(growth)).toHaveText('1 citat · 1 tabellrad');
  await countOf(growth).click();
  await expect(page.getByRole('heading', { name: 'Ökad tillväxt', level: 1 })).toBeVisible();
  await expect(page.getByText('1 citat i 1 projekt och 1 dokument · 1 tabellrad')).toBeVisible();
  const data = page.getByRole('region', { name: 'Kodad tabelldata' });
  await expect(data.getByRole('listitem')).toHaveCount(1);
  await expect(data).toContainText('Smart upphandling på Höglandet, Ramavtal, rad 2');
  await expect(data).toContainText('Nya ramavtal: 4');
  await expect(data.getByRole('link', { name: 'Ramavtal, rad 2' })).toHaveAttribute('href', /#\/e\/[^/]+\/data\/[^/]+$/);
  await shot(page, 'code-quotes-data');
  await expectNoSeriousViolations(page, 'quote list with table data');

  // Deleting the code leaves the row with no code: it is kept and listed as uncoded table data.
  await page.getByRole('link', { name: 'Till kodboken' }).click();
  await growth.click();
  await page.getByRole('button', { name: 'Ta bort Ökad tillväxt' }).click();
  const confirm = page.getByRole('dialog', { name: 'Ta bort Ökad tillväxt?' });
  await expect(confirm).toContainText('2 citat och tabellrader förlorar koden. 2 av dem får ingen kod alls');
  await confirm.getByRole('button', { name: 'Ta bort koden' }).click();
  const uncoded = page.getByRole('region', { name: 'Okodade citat' });
  await expect(uncoded.getByRole('heading', { name: 'Tabelldata utan kod' })).toBeVisible();
  await expect(uncoded).toContainText('Smart upphandling på Höglandet, Ramavtal, rad 2');
  await expect(uncoded.getByRole('link', { name: /Fyra lokala företag/ })).toBeVisible();
});
