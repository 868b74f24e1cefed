import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { codeInDocument, nav, openDemo, watchNetwork } from './helpers';

const PHRASE = 'Ett företagsråd med elva företag har gett återkoppling på planeringen vid fyra möten.';
const PROJECT = 'Kompetenslyft Mellanbygden';
const FACTOR = 'Öppenhet och tillit';
const FINDING = 'Företagen formade planeringen';
const BARE = 'Få nya företag startades';
const ADVICE = 'Behåll företagsråden';

test('writes a finding from a judgement citing its quote, one with no evidence, and a recommendation that undo and redo replay', async ({ page }) => {
  const outside = watchNetwork(page);
  await openDemo(page);

  // Code a passage to a learning factor, then judge the factor for the project with the quote linked.
  await codeInDocument(page, `Slutrapport – ${PROJECT}`, PHRASE, 'Faktorer som främjar lärande – Kultur för lärande', FACTOR);
  await nav(page, 'Bedömningar').click();
  const table = page.getByRole('table', { name: 'Bedömningar per kriterium och projekt' });
  await table.getByRole('button', { name: `${FACTOR} – ${PROJECT}: Ej bedömd, 0 citat`, exact: true }).click();
  const panel = page.getByRole('region', { name: `${FACTOR} – ${PROJECT}` });
  await panel.getByRole('group', { name: 'Betyg' }).getByRole('radio', { name: 'Delvis', exact: true }).click();
  await panel.getByRole('listitem').filter({ hasText: PHRASE }).getByRole('button', { name: 'Koppla' }).click();
  await expect(table.getByRole('button', { name: `${FACTOR} – ${PROJECT}: Delvis, 1 citat`, exact: true })).toBeVisible();

  // From the editor: a new finding tied to the judgement.
  await panel.getByRole('button', { name: 'Skriv en slutsats om den här bedömningen' }).click();
  await expect(page.getByRole('heading', { name: 'Slutsatser och rekommendationer', level: 1 })).toBeVisible();
  await expect(page.getByText(`Den nya slutsatsen knyts till bedömningen ${FACTOR} – ${PROJECT}: Delvis.`)).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Avsnitt' })).toHaveValue('factors');
  await page.getByRole('textbox', { name: 'Rubrik' }).fill(FINDING);
  await page.getByRole('textbox', { name: 'Text' }).fill('Företagsrådet gav återkoppling vid fyra möten.');
  await page.getByRole('button', { name: 'Spara' }).click();

  const factors = page.getByRole('region', { name: 'Framgångs- och lärfaktorer' });
  const finding = factors.getByRole('listitem').filter({ has: page.getByRole('heading', { name: FINDING }) });
  await expect(finding.getByText(`${FACTOR} – ${PROJECT}: Delvis`)).toBeVisible();
  await expect(finding.getByText('Vilar inte på något belägg')).toHaveCount(0);

  // Cite the judgement's quote in the finding itself.
  await finding.getByRole('button', { name: `Koppla belägg till ${FINDING}` }).click();
  const links = finding.getByRole('region', { name: `Koppla belägg till ${FINDING}` });
  await links.getByRole('button', { name: `Koppla: ${PHRASE.slice(0, 60)}` }).click();
  await links.getByRole('button', { name: 'Klar' }).click();
  const quote = finding.locator('.quote-card').filter({ hasText: PHRASE });
  await expect(quote).toBeVisible();
  await expect(quote).toContainText(PROJECT);

  // A finding with no links carries the warning.
  await page.getByRole('button', { name: 'Ny slutsats' }).click();
  await page.getByRole('textbox', { name: 'Rubrik' }).fill(BARE);
  await page.getByRole('combobox', { name: 'Avsnitt' }).selectOption({ label: 'Det som inte uppnåddes' });
  await page.getByRole('button', { name: 'Spara' }).click();
  const bare = page.getByRole('region', { name: 'Det som inte uppnåddes' }).getByRole('listitem').filter({ has: page.getByRole('heading', { name: BARE }) });
  await expect(bare.getByText('Vilar inte på något belägg')).toBeVisible();

  // A recommendation tied to the first finding.
  const recommendations = page.getByRole('region', { name: 'Rekommendationer', exact: true });
  await recommendations.getByRole('button', { name: 'Ny rekommendation' }).click();
  await recommendations.getByRole('textbox', { name: 'Rubrik' }).fill(ADVICE);
  await recommendations.getByRole('checkbox', { name: FINDING }).check();
  await recommendations.getByRole('button', { name: 'Spara' }).click();
  const advice = recommendations.getByRole('heading', { name: ADVICE });
  await expect(advice).toBeVisible();
  await expect(recommendations.getByText(`Vilar på slutsatserna: ${FINDING}`)).toBeVisible();
  await expect(recommendations.getByText('Vilar inte på något belägg')).toHaveCount(0);
  await page.screenshot({ path: '/tmp/findings.png', fullPage: true });
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);

  // Undo takes the recommendation back, redo brings it again.
  await page.getByRole('heading', { name: 'Slutsatser och rekommendationer', level: 1 }).click();
  await page.keyboard.press('Control+z');
  await expect(advice).toHaveCount(0);
  // The demo's own three recommendations stay.
  await expect(recommendations.getByRole('heading', { level: 3 })).toHaveCount(3);
  await page.keyboard.press('Control+Shift+z');
  await expect(advice).toBeVisible();
  expect(outside).toEqual([]);
});
