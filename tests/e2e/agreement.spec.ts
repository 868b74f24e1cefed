import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createReport, nav, openDemo, watchNetwork } from './helpers';

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

test('Samstämmighet on the demo: kappa and alpha per code, a disagreement resolved and undone, the run kept and stated in the report', async ({ page }) => {
  const outside = watchNetwork(page);
  await openDemo(page);
  await nav(page, 'Samstämmighet').click();
  await expect(page.getByRole('heading', { name: 'Samstämmighet mellan kodare', level: 1 })).toBeVisible();

  // The demo's two evaluators, and the two reports both coded.
  const choice = page.getByRole('group', { name: 'Vad som jämförs' });
  await expect(choice.getByRole('checkbox', { name: /^Karin Lindqvist \(\d+ kodade citat\)$/ })).toBeChecked();
  await expect(choice.getByRole('checkbox', { name: 'Omar Haddad (18 kodade citat)' })).toBeChecked();
  await expect(choice.getByRole('checkbox', { name: 'Delrapport – Kompetenslyft Mellanbygden' })).toBeChecked();
  await expect(choice.getByRole('checkbox', { name: 'Delrapport 1 – Handel som tillväxtmotor i Vetlanda och Sävsjö' })).toBeChecked();
  await expect(choice.getByRole('radio', { name: /^Stycke:/ })).toBeChecked();

  // Per code and overall: percent, kappa (two coders) and alpha.
  const figures = page.getByRole('table', { name: /^Samstämmighet per kod, stycken/ });
  await expect(figures.getByRole('columnheader')).toHaveText(['Kod', 'Enheter', 'Oeniga', 'Procent lika', 'Cohens kappa', 'Krippendorffs alfa']);
  const overall = figures.getByRole('row', { name: /^Alla koder/ });
  await expect(overall.getByRole('cell').nth(3)).toHaveText(/^−?\d,\d{3}$/);
  await expect(overall.getByRole('cell').nth(4)).toHaveText(/^−?\d,\d{3}$/);
  await expect(figures.getByRole('row', { name: /^Hög delaktighet/ })).toBeVisible();
  const kappaBefore = (await overall.getByRole('cell').nth(3).textContent()) ?? '';
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.screenshot({ path: '/tmp/agree-screen.png' });
  await page.getByRole('table', { name: 'Oenigheter sida vid sida' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/agree-disagreements.png' });
  await expectNoSeriousViolations(page);

  // One disagreement resolved with one click: the shared coding keeps the code.
  const counts = page.getByText(/^Öppna: \d+\. Avgjorda: \d+\.$/);
  const open = Number(/Öppna: (\d+)/.exec((await counts.textContent()) ?? '')?.[1]);
  expect(open).toBeGreaterThan(3);
  const keep = page.getByRole('table', { name: 'Oenigheter sida vid sida' }).getByRole('button', { name: /^Behåll / }).first();
  const keepName = (await keep.getAttribute('aria-label')) ?? '';
  await keep.click();
  await expect(counts).toHaveText(`Öppna: ${open - 1}. Avgjorda: 1.`);
  await expect(overall.getByRole('cell').nth(3)).toHaveText(new RegExp(`^${kappaBefore} → −?\\d,\\d{3}$`));

  // Undo takes it back.
  await page.getByRole('button', { name: /^Ångra/ }).first().click();
  await expect(counts).toHaveText(`Öppna: ${open}. Avgjorda: 0.`);
  await expect(overall.getByRole('cell').nth(3)).toHaveText(kappaBefore);

  // Resolved again, and shown as resolved beside the others.
  await page.getByRole('button', { name: keepName }).click();
  await expect(counts).toHaveText(`Öppna: ${open - 1}. Avgjorda: 1.`);
  await page.getByRole('checkbox', { name: 'Visa avgjorda' }).check();
  await expect(page.getByRole('button', { name: keepName })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: keepName }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/agree-resolved.png' });

  // The run kept, listed, and stated in the report's method section.
  await page.getByRole('button', { name: 'Spara mätningen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Mätningen sparades' })).toBeVisible();
  const runs = page.getByRole('table', { name: /^Sparade mätningar/ });
  await expect(runs.getByRole('row')).toHaveCount(2);
  await expect(runs.getByRole('row').nth(1)).toContainText('Karin Lindqvist, Omar Haddad');

  const { html } = await createReport(page);
  expect(html).toContain('Samstämmigheten mellan kodarna Karin Lindqvist, Omar Haddad mättes i 2 dokument med stycke som enhet');
  expect(html).toMatch(new RegExp(`Före avgörandena var \\d+,\\d procent av enheterna kodade lika; Cohens kappa var ${kappaBefore}`));
  expect(html).toContain('1 oenighet avgjordes i en gemensam kodning');
  expect(html).toContain('Samstämmighet per kod (stycke), före → efter avgörandena');
  expect(outside).toEqual([]);
});
