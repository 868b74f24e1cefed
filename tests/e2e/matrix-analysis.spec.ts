import { expect, test, type Page } from '@playwright/test';
import { applyCode, nav, selectPhrase, watchNetwork } from './helpers';

async function openDemo(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Öppna demoutvärdering' }).click();
  await expect(page.getByRole('heading', { name: 'Resultatmatris', level: 1 })).toBeVisible();
}

/** A quote of the quote list, by its start. */
function quote(page: Page, start: string) {
  return page.locator('mark.quote-exact', { hasText: start });
}

function cell(page: Page, name: RegExp) {
  return page.getByRole('table', { name: 'Resultatmatris: belägg per cell och kategori' }).getByRole('cell', { name });
}

test('the matrix analysed: numbers, strength and direction, the map check, a filter by document type, and the quotes behind a number', async ({ page }) => {
  const outside = watchNetwork(page);
  await openDemo(page);
  await expect(page.getByText('Kodade citat i matrisen: 16')).toBeVisible();
  const lokalResults = cell(page, /^Lokal nivå – Erfarenheter\/Resultat: 6 kodade citat$/);
  await expect(lokalResults).toBeVisible();
  // Goda exempel, metoder: two quotes of one project, both strong or moderate and promoting, said in words.
  const examples = lokalResults.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Goda exempel, metoder', exact: true }) });
  await expect(examples).toContainText('2 citat · 1 projekt');
  await expect(examples).toContainText('Projekt: Smart upphandling på Höglandet');
  await expect(examples).toContainText('Styrka: 1 stark, 1 måttlig');
  await expect(examples).toContainText('Riktning: 2 främjande');

  const check = page.getByRole('region', { name: 'Stämde kartan med verkligheten?' });
  await expect(check.getByRole('region', { name: /^Mest hindrande belägg \(1\)$/ })).toContainText('Utvecklingsområden (ex. offentlig upphandling');
  await expect(check.getByRole('region', { name: /^Förväntade kategorier utan belägg/ })).toContainText('Grund för program och policybeslut (Nationell nivå – Effekter)');
  await expect(check.getByRole('region', { name: 'Oförutsedda resultat (0)' })).toBeVisible();

  // Only the final reports: everything is counted again.
  await page.getByRole('region', { name: 'Filtrera analysen' }).getByLabel('Dokumenttyp').selectOption({ label: 'Slutrapport' });
  await expect(page.getByText('Kodade citat i matrisen: 7')).toBeVisible();
  const lokalFinal = cell(page, /^Lokal nivå – Erfarenheter\/Resultat: 1 kodat citat$/);
  await expect(lokalFinal).toBeVisible();
  await expect(check.getByRole('region', { name: /^Mest hindrande belägg \(0\)$/ })).toBeVisible();
  expect(page.url()).toContain('documentType=slutrapport');

  // The number leads to its quotes, filtered the same way.
  await lokalFinal.getByRole('link', { name: 'Goda exempel, metoder: 1 citat – visa citaten' }).click();
  await expect(page.getByRole('heading', { name: 'Goda exempel, metoder', level: 1 })).toBeVisible();
  await expect(page.getByText('Visar bara belägg som matchar filtret från resultatmatrisen.')).toBeVisible();
  await expect(quote(page, 'Efter en presentation på en projektledarträff')).toBeVisible();
  await expect(quote(page, 'Den viktigaste aktiviteten har varit')).toHaveCount(0);
  await page.getByRole('link', { name: 'Visa alla belägg för koden' }).click();
  await expect(quote(page, 'Den viktigaste aktiviteten har varit')).toBeVisible();

  await page.goBack();
  await page.getByRole('link', { name: 'Tillbaka till resultatmatrisen' }).click();
  await expect(page.getByText('Kodade citat i matrisen: 7')).toBeVisible();
  await page.getByRole('button', { name: 'Rensa filtret' }).click();
  await expect(page.getByText('Kodade citat i matrisen: 16')).toBeVisible();
  expect(outside).toEqual([]);
});

test('a passage coded as an unforeseen result is listed apart from the expected cells', async ({ page }) => {
  const phrase = 'Två företag har efter träffarna börjat sälja varandras tjänster';
  await openDemo(page);
  await nav(page, 'Dokument').click();
  await page.getByRole('table', { name: 'Utvärderingens dokument' }).getByRole('link', { name: 'Delrapport 1 – Sommenbygd året runt' }).click();
  await selectPhrase(page, phrase);
  await applyCode(page, 'Lokal nivå – Oförutsedda resultat', 'Oförutsedda resultat');
  await expect(page.locator('mark.coded', { hasText: phrase.slice(0, 30) }).first()).toBeVisible();

  await nav(page, 'Resultatmatris').click();
  await expect(page.getByText('Kodade citat i matrisen: 17')).toBeVisible();
  // No expected cell gained it.
  await expect(cell(page, /^Lokal nivå – Erfarenheter\/Resultat: 6 kodade citat$/)).toBeVisible();
  await expect(cell(page, /^Lokal nivå – Effekter: 4 kodade citat$/)).toBeVisible();
  const unforeseen = page.getByRole('region', { name: 'Stämde kartan med verkligheten?' }).getByRole('region', { name: 'Oförutsedda resultat (1)' });
  await expect(unforeseen).toContainText('Lokal nivå: 1 citat');
  await unforeseen.getByRole('link', { name: 'Oförutsedda resultat: 1 citat – visa citaten' }).click();
  await expect(page.getByRole('heading', { name: 'Oförutsedda resultat', level: 1 })).toBeVisible();
  await expect(quote(page, phrase)).toBeVisible();
});
