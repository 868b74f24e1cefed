import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import { nav, watchNetwork } from './helpers';

const SHOTS = process.env.SPARBAR_SHOTS ?? '';

const PROJECT = 'Handel som tillväxtmotor i Vetlanda och Sävsjö';
const DOCUMENT = 'Delrapport 1 – Handel som tillväxtmotor i Vetlanda och Sävsjö';
const AREAS = 'Utvecklingsområden (ex. offentlig upphandling, näringslivsklimat, handel som tillväxtfaktor)';

async function expectNoSeriousViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${screen}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

async function openProject(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Öppna demoutvärdering' }).click();
  await expect(page.getByRole('heading', { name: 'Resultatmatris', level: 1 })).toBeVisible();
  await nav(page, 'Projekt').click();
  await page.getByRole('link', { name: PROJECT }).click();
  await expect(page.getByRole('heading', { name: PROJECT, level: 1 })).toBeVisible();
}

test('a project’s profile: register fields, documents, evidence per framework leading to this project’s quotes, and its documents in the reader', async ({ page }) => {
  const outside = watchNetwork(page);
  await openProject(page);

  // A table of contents leads to the sections.
  const contents = page.getByRole('navigation', { name: 'Innehåll' });
  await expect(contents.getByRole('link')).toHaveText(['Registeruppgifter', 'Dokument', 'Belägg per ramverk', 'Bedömningar', 'Indikatorer']);
  await contents.getByRole('link', { name: 'Belägg per ramverk' }).click();
  await expect(page.getByRole('heading', { name: 'Belägg per ramverk', level: 2 })).toBeFocused();

  // The register fields, a free attribute and the budget the Swedish way.
  const register = page.getByRole('region', { name: 'Registeruppgifter' });
  await expect(register).toContainText('MB-2023-11');
  await expect(register).toContainText('Per-Olof Sandberg');
  await expect(register).toContainText('2023-03-01 – 2025-02-28');
  await expect(register).toContainText(/950\s000 kr/);
  await expect(register).toContainText('Tillväxtverket 50 %, kommunerna 35 %, fastighetsägarna 15 %');
  // Edited from the page, the fields follow at once.
  await register.getByRole('button', { name: `Redigera registeruppgifterna för ${PROJECT}` }).click();
  const form = page.getByRole('dialog', { name: 'Redigera projekt' });
  await form.getByLabel('Projektledare').fill('Anna Sandberg');
  await form.getByRole('button', { name: 'Spara' }).click();
  await expect(form).toBeHidden();
  await expect(register).toContainText('Anna Sandberg');

  // Its one document: type, date, coded passages (2 in the results matrix, 11 more as evidence for the demo's judgements, and
  // the second evaluator's 9: the demo's agreement).
  const documents = page.getByRole('table', { name: 'Projektets dokument' });
  const row = documents.getByRole('row', { name: new RegExp(DOCUMENT) });
  await expect(row.getByRole('cell')).toHaveText(['Delrapport', '2024-04-30', /./, '22']);

  // The evidence per framework: the results matrix has two codes with a quote each; 19 quotes (8 of them the second
  // evaluator's) on 14 success factors.
  const evidence = page.getByRole('region', { name: 'Belägg per ramverk' });
  const matrix = evidence.getByRole('region', { name: 'Resultatmatris' });
  await expect(matrix).toContainText('2 citat · 25 av 27 koder utan belägg');
  const table = matrix.getByRole('table', { name: 'Projektets belägg i Resultatmatris' });
  await expect(table.getByRole('rowheader')).toHaveText([/Inspiration$/, new RegExp(`${AREAS.replace(/[()]/g, '\\$&')}$`)]);
  const areas = table.getByRole('row', { name: new RegExp(AREAS.replace(/[()]/g, '\\$&')) });
  await expect(areas).toContainText('Styrka: 1 måttlig');
  await expect(areas).toContainText('Riktning: 1 hindrande');
  await expect(evidence.getByRole('region', { name: 'Framgångsfaktorer' })).toContainText('19 citat · 16 av 30 koder utan belägg');
  await matrix.getByText(/^Koder utan belägg i projektet \(25\)$/).click();
  await expect(matrix.getByRole('listitem').filter({ hasText: 'Nätverk (Lokal nivå › Erfarenheter/Resultat) – inget belägg' })).toBeVisible();
  // The matrix's levels and columns are headings, not categories that could lack evidence.
  await expect(matrix.getByRole('listitem').filter({ hasText: /^Lokal nivå – inget belägg/ })).toHaveCount(0);
  await expect(matrix.getByRole('listitem').filter({ hasText: /^Erfarenheter\/Resultat \(/ })).toHaveCount(0);
  await expectNoSeriousViolations(page, 'project page');
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'project-profile.png'), fullPage: true });

  // The count leads to this project's quotes only: the same code has a quote of Sommenbygd året runt too.
  await areas.getByRole('link', { name: `1 citat för ${AREAS} (Lokal nivå › Erfarenheter/Resultat): visa citaten` }).click();
  await expect(page.getByRole('heading', { name: AREAS, level: 1 })).toBeVisible();
  await expect(page.getByText(`Visar bara belägg från projektet ${PROJECT}.`)).toBeVisible();
  await expect(page.locator('mark.quote-exact')).toHaveCount(1);
  await expect(page.locator('mark.quote-exact')).toContainText('Trots att handelsanalysen presenterades');
  await expect(page.getByRole('heading', { name: /Sommenbygd året runt/ })).toHaveCount(0);
  // All of the code's quotes, both projects, one click away.
  await page.getByRole('link', { name: 'Visa alla belägg för koden' }).click();
  await expect(page.locator('mark.quote-exact')).toHaveCount(2);
  await page.goBack();
  await page.getByRole('link', { name: 'Tillbaka till projektet' }).click();
  await expect(page.getByRole('heading', { name: PROJECT, level: 1 })).toBeVisible();

  // A document opens in the reader from the page.
  await page.getByRole('link', { name: `Öppna ${DOCUMENT} i läsaren` }).click();
  await expect(page.getByRole('heading', { name: DOCUMENT, level: 1 })).toBeVisible();
  expect(outside).toEqual([]);
});
