import { expect, test } from '@playwright/test';
import { addProject, chooseFile, createEvaluation, nav } from './helpers';

/** A table of `rows` rows of 12 columns: `;`, decimal commas, CRLF; the last row's municipality is unique. */
function table(rows: number): string {
  const lines = ['Projektkod;År;Kommun;' + Array.from({ length: 9 }, (_, i) => `Indikator ${i + 1}`).join(';')];
  for (let r = 0; r < rows; r++) lines.push(`MB-${r % 97};${2020 + (r % 5)};${r === rows - 1 ? 'Ytterstad' : 'Mora'};` + Array.from({ length: 9 }, (_, c) => `${(r * (c + 3)) % 1000},${c}`).join(';'));
  return lines.join('\r\n');
}

test('a stored dataset of 60,000 rows opens at once, shows its reading, then every row; filter and sort work on all', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('/');
  await createEvaluation(page, 'Stora tabeller');
  await addProject(page, 'Mora');
  await nav(page, 'Data').click();
  const file = { name: 'indikatorer.csv', mimeType: 'text/csv', buffer: Buffer.from(table(60_000), 'utf8') };
  await chooseFile(page, () => page.getByRole('button', { name: 'Importera tabell' }).click(), file);
  const dialog = page.getByRole('dialog', { name: 'Importera tabell' });
  await expect(dialog.getByText(/60.000 rader, 12 kolumner/)).toBeVisible({ timeout: 60_000 });
  await dialog.getByRole('button', { name: 'Spara som dataset' }).click();
  await expect(page.getByRole('heading', { name: 'indikatorer', level: 1 })).toBeVisible({ timeout: 120_000 });
  await expect(page.getByText(/Visar 60.000 av 60.000 rader/)).toBeVisible({ timeout: 60_000 });

  // Opened again: the first rows show while the rest are read, with the progress named. Reading may be
  // quicker than a poll, so what the screen showed meanwhile is recorded as it changes.
  await nav(page, 'Data').click();
  await page.evaluate(() => {
    const seen: { text: string; bar: string | null; gridRows: number }[] = [];
    (window as unknown as { __reading: typeof seen }).__reading = seen;
    new MutationObserver(() => {
      const status = [...document.querySelectorAll('[role=status]')].find((element) => element.textContent?.includes('Läser rader'));
      if (status) seen.push({ text: status.textContent?.trim() ?? '', bar: status.querySelector('progress')?.getAttribute('aria-label') ?? null, gridRows: document.querySelectorAll('[role=grid] tr.grid-row').length });
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.getByRole('link', { name: 'indikatorer' }).click();
  await expect(page.getByText(/Visar 60.000 av 60.000 rader/)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('status').filter({ hasText: 'Läser rader' })).toHaveCount(0);
  const seen = await page.evaluate(() => (window as unknown as { __reading: { text: string; bar: string | null; gridRows: number }[] }).__reading);
  expect(seen.length).toBeGreaterThan(0);
  for (const state of seen) {
    expect(state.text).toMatch(/^Läser rader: [\d\s]+ av 60\s000$/);
    expect(state.bar).toBe(state.text);
    // The grid shows the rows in view while the rest are read.
    expect(state.gridRows).toBeGreaterThan(5);
  }
  expect(Number(seen[0]?.text.match(/: ([\d\s]+) av/)?.[1]?.replace(/\s/g, ''))).toBeLessThan(60_000);
  await page.screenshot({ path: '/tmp/rowread-read.png' });

  // The filter runs over every row (the one match is the last row read).
  const search = page.getByRole('searchbox', { name: 'Sök i raderna' });
  await search.fill('ytterstad');
  await expect(page.getByText(/Visar 1 av 60.000 rader/)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('grid').getByRole('row', { name: /Ytterstad/ })).toBeVisible();
  await search.fill('mb-96');
  await expect(page.getByText(/Visar 618 av 60.000 rader/)).toBeVisible({ timeout: 30_000 });
  await search.fill('');
  await expect(page.getByText(/Visar 60.000 av 60.000 rader/)).toBeVisible();

  // Sorted by municipality descending: the one Ytterstad comes first.
  await page.getByRole('button', { name: 'Kommun' }).click();
  await expect(page.getByRole('columnheader', { name: 'Kommun' })).toHaveAttribute('aria-sort', 'ascending');
  await page.getByRole('button', { name: 'Kommun' }).click();
  await expect(page.getByRole('columnheader', { name: 'Kommun' })).toHaveAttribute('aria-sort', 'descending');
  await expect(page.getByRole('grid').getByRole('row').nth(1)).toContainText('Ytterstad', { timeout: 30_000 });
  await page.screenshot({ path: '/tmp/rowread-sorted.png' });
});
