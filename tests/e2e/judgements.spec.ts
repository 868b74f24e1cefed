import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { codeInDocument, nav, openDemo, watchNetwork } from './helpers';

const PHRASE = 'Ett företagsråd med elva företag har gett återkoppling på planeringen vid fyra möten.';
const PROJECT = 'Kompetenslyft Mellanbygden';
const FACTOR = 'Öppenhet och tillit';

function cellButton(page: Page, rest: string) {
  return page.getByRole('table', { name: 'Bedömningar per kriterium och projekt' }).getByRole('button', { name: `${FACTOR} – ${PROJECT}: ${rest}`, exact: true });
}

test('judges a learning factor for a project, links a quote, undoes and redoes, and the log shows it', async ({ page }) => {
  const outside = watchNetwork(page);
  await openDemo(page);

  // The demo judges a learning culture as a whole, not its aspects: code a passage to one in the reader first.
  await codeInDocument(page, `Slutrapport – ${PROJECT}`, PHRASE, 'Faktorer som främjar lärande – Kultur för lärande', FACTOR);

  await nav(page, 'Bedömningar').click();
  await expect(page.getByRole('heading', { name: 'Bedömningar', level: 1 })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Ramverk', exact: true })).toHaveValue('learning-factors');
  const table = page.getByRole('table', { name: 'Bedömningar per kriterium och projekt' });
  await expect(table.getByRole('rowheader', { name: FACTOR })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Programmet' })).toBeVisible();

  // The register filter narrows the columns; the programme column stays.
  await page.getByRole('combobox', { name: 'Nivå', exact: true }).selectOption({ label: 'Nationell nivå' });
  await expect(table.getByRole('columnheader', { name: PROJECT })).toHaveCount(0);
  await expect(table.getByRole('columnheader', { name: 'Programmet' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Nivå', exact: true }).selectOption({ label: 'Alla' });

  await cellButton(page, 'Ej bedömd, 0 citat').click();
  const panel = page.getByRole('region', { name: `${FACTOR} – ${PROJECT}` });
  await expect(panel.getByText('Inget belägg: bedömningen vilar inte')).toBeVisible();
  await panel.getByRole('group', { name: 'Betyg' }).getByRole('radio', { name: 'Delvis', exact: true }).click();
  await expect(cellButton(page, 'Delvis, 0 citat, inget belägg')).toBeVisible();
  await panel.getByRole('group', { name: 'Säkerhet' }).getByRole('radio', { name: 'Hög', exact: true }).click();
  await panel.getByRole('textbox', { name: 'Motivering' }).fill('Företagsrådet har gett återkoppling vid fyra möten.');
  await panel.getByRole('textbox', { name: 'Motivering' }).blur();

  // The quote coded to the factor in the project's documents, linked with one click.
  const candidate = panel.getByRole('listitem').filter({ hasText: PHRASE });
  await candidate.getByRole('button', { name: 'Koppla' }).click();
  await expect(candidate.getByRole('button', { name: 'Ta bort koppling' })).toBeVisible();
  const judged = cellButton(page, 'Delvis, 1 citat');
  await expect(judged).toBeVisible();
  await expect(judged).toContainText('Delvis');
  await expect(judged).toContainText('1 citat');
  await expect(panel.getByText('Inget belägg: bedömningen vilar inte')).toHaveCount(0);
  await page.screenshot({ path: '/tmp/judgements.png', fullPage: true });
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);

  // Undo takes the link back, redo brings it again.
  await page.getByRole('heading', { name: 'Bedömningar', level: 1 }).click();
  await page.keyboard.press('Control+z');
  await expect(cellButton(page, 'Delvis, 0 citat, inget belägg')).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(cellButton(page, 'Delvis, 1 citat')).toBeVisible();
  await expect(panel.getByRole('group', { name: 'Säkerhet' }).getByRole('radio', { name: 'Hög', exact: true })).toBeChecked();
  await expect(panel.getByRole('textbox', { name: 'Motivering' })).toHaveValue('Företagsrådet har gett återkoppling vid fyra möten.');

  await nav(page, 'Logg').click();
  const log = page.getByRole('table', { name: 'Loggens händelser, de senaste först' });
  await expect(log.getByRole('row').filter({ hasText: 'Bedömde kriterium' }).filter({ hasText: `${FACTOR} – ${PROJECT}` })).toHaveCount(3);
  await expect(log.getByRole('row').filter({ hasText: 'Ändrade bedömningens belägg' }).filter({ hasText: `${FACTOR} – ${PROJECT}` }).first()).toBeVisible();
  await expect(log.getByRole('row').filter({ hasText: 'Ångrade' }).filter({ hasText: `${FACTOR} – ${PROJECT}` })).toHaveCount(1);

  // The project's page lists the judgement with its rating, confidence and evidence, and opens it on Bedömningar.
  await nav(page, 'Projekt').click();
  await page.getByRole('link', { name: PROJECT, exact: true }).click();
  const section = page.getByRole('region', { name: 'Faktorer som främjar lärande' }).filter({ has: page.getByRole('table', { name: /bedömningar/ }) });
  const row = section.getByRole('table', { name: 'Projektets bedömningar i Faktorer som främjar lärande' }).getByRole('row', { name: new RegExp(FACTOR) });
  await expect(row).toContainText('Delvis');
  await expect(row).toContainText('Hög');
  await expect(row).toContainText('1 citat');
  await expect(row).toContainText('Företagsrådet har gett återkoppling vid fyra möten.');
  await expect(section.getByText(/^\d+ av \d+ kriterier bedömda/)).toBeVisible();
  await row.getByRole('link', { name: `Öppna bedömningen av ${FACTOR}` }).click();
  await expect(page.getByRole('heading', { name: 'Bedömningar', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: `${FACTOR} – ${PROJECT}` }).getByRole('textbox', { name: 'Motivering' })).toHaveValue('Företagsrådet har gett återkoppling vid fyra möten.');
  expect(outside).toEqual([]);
});

test('a framework longer than a screenful: the rows below come in hidden, become ordinary rows, and the last one is judged', async ({ page }) => {
  await openDemo(page);
  await nav(page, 'Bedömningar').click();
  const table = page.getByRole('table', { name: 'Bedömningar per kriterium och projekt' });
  await expect(table.getByRole('rowheader', { name: FACTOR })).toBeVisible();
  // Records the most rows hidden at once (useFreshRows) from the switch on.
  await page.evaluate(() => {
    const seen = { most: 0 };
    (window as unknown as { __fresh: typeof seen }).__fresh = seen;
    new MutationObserver(() => {
      seen.most = Math.max(seen.most, document.querySelectorAll('.heatmap-fresh').length);
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
  });
  await page.getByRole('combobox', { name: 'Ramverk', exact: true }).selectOption({ label: 'Framgångsfaktorer' });
  const rows = page.locator('.heatmap-body [role=row]');
  await expect(rows).toHaveCount(30);
  // The ten rows of the first framework are reused, five more are painted at once; the other fifteen came in hidden.
  expect(await page.evaluate(() => (window as unknown as { __fresh: { most: number } }).__fresh.most)).toBe(15);
  await expect(page.locator('.heatmap-fresh')).toHaveCount(0);
  const last = (await table.getByRole('rowheader').last().textContent())?.trim() ?? '';
  expect(last).not.toBe('');
  const cell = table.getByRole('button', { name: `${last} – Programmet: Delvis, 2 citat`, exact: true });
  await cell.scrollIntoViewIfNeeded();
  await expect(cell).toBeVisible();
  await cell.click();
  const panel = page.getByRole('region', { name: `${last} – Programmet` });
  await panel.getByRole('group', { name: 'Betyg' }).getByRole('radio', { name: 'Starkt', exact: true }).click();
  await expect(table.getByRole('button', { name: `${last} – Programmet: Starkt, 2 citat`, exact: true })).toBeVisible();
  await page.screenshot({ path: '/tmp/judgements-long.png' });
});
