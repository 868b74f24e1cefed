import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { nav, openDemo, watchNetwork } from './helpers';

const SPREAD = 'Efter en presentation på en projektledarträff';
const CORE = 'Den viktigaste aktiviteten har varit';
const DONE = 'Under projekttiden har vi genomfört leverantörsträffar';

/** The quote list of "Goda exempel, metoder" at the local level, from the results matrix. */
async function openExamples(page: Page) {
  await nav(page, 'Resultatmatris').click();
  const cell = page.getByRole('table', { name: 'Resultatmatris: belägg per cell och kategori' }).getByRole('cell', { name: /^Lokal nivå – Erfarenheter\/Resultat: / });
  await cell.getByRole('link', { name: 'Goda exempel, metoder: 2 citat – visa citaten' }).click();
  await expect(page.getByRole('heading', { name: 'Goda exempel, metoder', level: 1 })).toBeVisible();
}

function card(page: Page, start: string) {
  return page.locator('.quote-card').filter({ has: page.locator('mark.quote-exact', { hasText: start }) });
}

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

test('"I rapporten": marked in the reader, shown as a badge in the quote list, marked there too, and Ctrl+Z takes each back', async ({ page }) => {
  const outside = watchNetwork(page);
  await openDemo(page);

  // In the reader: the selected passage's panel marks it for the report.
  await nav(page, 'Dokument').click();
  await page.getByRole('link', { name: 'Slutrapport – Smart upphandling på Höglandet' }).click();
  await expect(page.getByRole('document', { name: 'Dokumentets text' })).toBeVisible();
  const list = page.getByRole('list', { name: /Kodade citat/ });
  await list.getByRole('button', { name: new RegExp(DONE) }).click();
  const panel = page.getByRole('region', { name: 'Valt citat' });
  const report = panel.getByRole('group', { name: 'Rapporten' });
  // A passage without a memo has no memo to put in the report.
  await expect(report.getByRole('checkbox', { name: 'Notat i rapporten' })).toBeDisabled();
  await expect(report.getByText('Passagen har inget notat att ta med.')).toBeVisible();

  await list.getByRole('button', { name: new RegExp(SPREAD) }).click();
  await expect(panel.locator('q')).toContainText(SPREAD);
  const inReport = report.getByRole('checkbox', { name: 'I rapporten', exact: true });
  await expect(inReport).not.toBeChecked();
  await expect(report.getByRole('checkbox', { name: 'Notat i rapporten' })).toBeEnabled();
  await inReport.check();
  await expect(inReport).toBeChecked();
  await expect(list.getByRole('listitem').filter({ hasText: SPREAD }).getByText('I rapporten', { exact: true })).toBeVisible();
  await page.setViewportSize({ width: 1600, height: 1400 });
  await panel.screenshot({ path: '/tmp/store-reader-panel.png' });
  await list.getByRole('listitem').filter({ hasText: SPREAD }).screenshot({ path: '/tmp/store-reader-list.png' });
  await expectNoSeriousViolations(page);

  // The quote list shows the badge on it, and on the quote the demo already has in the report.
  await openExamples(page);
  const spread = card(page, SPREAD);
  const core = card(page, CORE);
  await expect(spread.locator('.in-report-badge')).toHaveText('I rapporten');
  await expect(core.locator('.in-report-badge')).toHaveText('I rapporten');
  await expect(spread.getByRole('checkbox', { name: new RegExp(`^I rapporten: ”${SPREAD}`) })).toBeChecked();
  await page.screenshot({ path: '/tmp/store-quotes.png', fullPage: true });
  await expectNoSeriousViolations(page);

  // Undo takes the mark back: the badge goes, the demo's own stays.
  await page.getByRole('heading', { name: 'Goda exempel, metoder', level: 1 }).click();
  await page.keyboard.press('Control+z');
  await expect(spread.locator('.in-report-badge')).toHaveCount(0);
  await expect(spread.getByRole('checkbox', { name: new RegExp(`^I rapporten: ”${SPREAD}`) })).not.toBeChecked();
  await expect(core.locator('.in-report-badge')).toHaveText('I rapporten');

  // In the list: unmark the demo's quote, announced, and undo brings its badge back.
  await core.getByRole('checkbox', { name: new RegExp(`^I rapporten: ”${CORE}`) }).uncheck();
  await expect(page.getByRole('status')).toHaveText('Citatet är inte längre med i rapporten.');
  await expect(core.locator('.in-report-badge')).toHaveCount(0);
  await page.getByRole('heading', { name: 'Goda exempel, metoder', level: 1 }).click();
  await page.keyboard.press('Control+z');
  await expect(core.locator('.in-report-badge')).toHaveText('I rapporten');
  await expect(core.getByRole('checkbox', { name: new RegExp(`^I rapporten: ”${CORE}`) })).toBeChecked();

  // The log names both steps.
  await nav(page, 'Logg').click();
  await expect(page.getByRole('table').getByText('Ändrade vilka citat som är med i rapporten').first()).toBeVisible();
  expect(outside).toEqual([]);
});
