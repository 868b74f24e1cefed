// A parent code applied from the palette: "Folk" finds Folk/kompetens and the codes below it; the parent
// codes the passage as a whole ("i stort"), shows on the quote and counts once under the parent in the
// codebook and its quote list. The results matrix's levels stay headings, not codes.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { nav, paletteFilter, selectPhrase, watchNetwork } from './helpers';

const DOCUMENT = 'Delrapport – Kompetenslyft Mellanbygden';
const PASSAGE = 'Projektet har en projektledare på heltid och två delprojektledare på halvtid';
const FOLK = 'Folk/kompetens: lokal kunskap och engagemang';
const FOLK_GROUP = `Framgångsfaktorer – ${FOLK}`;

/** How many of the demo's passages the manifest codes with a framework code (the demo judges the parents as wholes). */
function demoCount(frameworkCodeId: string): number {
  const demo = JSON.parse(readFileSync(new URL('../../resources/demo/demo.json', import.meta.url), 'utf8')) as { codings: { codes: string[] }[] };
  return demo.codings.filter((coding) => coding.codes.includes(frameworkCodeId)).length;
}

test('a parent code is applied from the palette and counted under the parent', async ({ page }) => {
  const outside = watchNetwork(page);
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Öppna demoutvärdering' }).click();
  await expect(page.getByText('Kodade citat i matrisen: 16')).toBeVisible();
  await nav(page, 'Dokument').click();
  await page.getByRole('table', { name: 'Utvärderingens dokument' }).getByRole('link', { name: DOCUMENT }).click();
  await expect(page.getByRole('document', { name: 'Dokumentets text' })).toBeVisible();

  const list = page.getByRole('listbox', { name: 'Koder att välja' });
  // Unfiltered: the parent heads its group and is the group's first code; the matrix's levels are no codes.
  const group = list.getByRole('group', { name: FOLK_GROUP, exact: true });
  await expect(group.getByRole('option').first()).toHaveAccessibleName(`${FOLK} (i stort)`);
  await expect(group.getByRole('option', { name: 'Projektledarens kompetens (i stort)', exact: true })).toBeVisible();
  await expect(list.getByRole('option', { name: /^Nationell nivå/ })).toHaveCount(0);
  await group.getByRole('option').nth(3).scrollIntoViewIfNeeded();
  await page.locator('.palette').screenshot({ path: '/tmp/palette-parents-group.png' });

  await selectPhrase(page, PASSAGE);
  await expect(page.getByText('Kodar den markerade texten')).toBeVisible();
  const filter = paletteFilter(page);
  await filter.fill('Folk');
  const options = list.getByRole('option');
  // The parent first, then the codes below it (found by the parent's name), the project manager's among them.
  await expect(options.first()).toHaveAccessibleName(`${FOLK} (i stort) · ${FOLK_GROUP}`);
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await expect(list.getByRole('option', { name: `Lokalkännedom · ${FOLK_GROUP}`, exact: true })).toBeVisible();
  // The arrow keys walk the new rows: down to the next code and back up to the parent.
  await filter.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await filter.press('ArrowUp');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await filter.press('Enter');

  await expect(page.getByRole('status')).toContainText(`Kodat som ”${FOLK}”`);
  await expect(page.locator('mark.coded', { hasText: PASSAGE.slice(0, 30) }).first()).toBeVisible();
  const panel = page.getByRole('region', { name: 'Valt citat' });
  await expect(panel.getByRole('list', { name: 'Koder' }).getByRole('listitem')).toHaveText([new RegExp(`^${FOLK.replace('/', '\\/')}`)]);
  // The parent used goes first among the recent codes, still as a parent.
  await expect(page.getByRole('group', { name: 'Senast använda' }).getByRole('option')).toHaveText([`${FOLK} (i stort)`]);
  await page.screenshot({ path: '/tmp/palette-parents.png' });

  // The codebook counts the passage once, under the parent (beside the demo's own), and its quote list shows it.
  await nav(page, 'Kodbok').click();
  const folk = page.getByRole('tree', { name: 'Framgångsfaktorer' }).getByRole('treeitem', { name: FOLK, exact: true });
  const count = folk.locator(':scope > .code-row .code-count');
  await expect(count).toHaveText(`${demoCount('folk') + 1} citat`);
  await expect(folk.getByRole('treeitem', { name: 'Projektledarens kompetens', exact: true }).locator(':scope > .code-row .code-count')).toHaveText(`${demoCount('projektledare')} citat`);
  await count.click();
  await expect(page.getByRole('heading', { name: FOLK, level: 1 })).toBeVisible();
  const quotes = page.locator('ol.quote-list > li');
  await expect(quotes).toHaveCount(demoCount('folk') + 1);
  await expect(quotes.filter({ hasText: PASSAGE })).toHaveCount(1);
  expect(outside).toEqual([]);
});
