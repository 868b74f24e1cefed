import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import { FIXTURES, addProject, applyCode, createEvaluation, importDocuments, nav, selectPhrase } from './helpers';

const V1 = path.join(FIXTURES, 'coding/slutrapport-v1.txt');
const NETWORKS = 'Samverkan över kommungränsen har lett till nya nätverk mellan företagare, tjänstepersoner och regionen.';
const LOCAL_EFFECTS = 'Lokal nivå – Effekter';

function segmentPanel(page: Page) {
  return page.getByRole('region', { name: 'Valt citat' });
}

test('a coding decision (code, strength, direction, memo) is two lines in the log, and undo says what it took back', async ({ page }, testInfo) => {
  await page.goto('/');
  await createEvaluation(page, 'Ett beslut, en rad');
  await addProject(page, 'Företagsrådet i Mellanbygden');
  await importDocuments(page, [V1], { project: 'Företagsrådet i Mellanbygden', type: 'slutrapport' });
  await nav(page, 'Dokument').click();
  await page.getByRole('table', { name: 'Utvärderingens dokument' }).getByRole('link', { name: /Slutrapport/ }).click();
  await expect(page.getByRole('document', { name: 'Dokumentets text' })).toBeVisible();

  await selectPhrase(page, NETWORKS);
  await applyCode(page, LOCAL_EFFECTS, 'Nya samverkansparter');
  const panel = segmentPanel(page);
  await expect(panel.locator('q')).toHaveText(NETWORKS);
  // The chip says which level's "Nya samverkansparter" it is (the code exists at two levels).
  await expect(panel.getByRole('list', { name: 'Koder' }).getByRole('listitem')).toHaveText([/^Lokal\s*Nya samverkansparter/]);
  // Strength and direction are in view right after coding, without scrolling the panel.
  await expect(panel.getByRole('radio', { name: 'Stark' })).toBeInViewport();
  await expect(panel.getByRole('radio', { name: /^Främjande/ })).toBeInViewport();
  await page.screenshot({ path: testInfo.outputPath('segment-panel.png') });

  await panel.getByRole('list', { name: 'Koder' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('segment-chips.png') });
  await panel.getByRole('radio', { name: 'Stark' }).check();
  await panel.getByRole('radio', { name: /^Främjande/ }).check();
  await panel.getByLabel('Anteckning').fill('Tre nya företag i nätverket.');
  await panel.getByLabel('Anteckning').blur();
  await expect(panel.getByText('Anteckningen är sparad')).toBeVisible();

  // Undo from the document: the notice names the passage; a second undo names the code and the passage.
  await page.getByRole('document', { name: 'Dokumentets text' }).click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('status')).toContainText('Ångrat: Bedömde citat – ”Samverkan över kommungränsen');
  await expect(panel.getByRole('radio', { name: 'Stark' })).not.toBeChecked();
  await expect(panel.getByLabel('Anteckning')).toHaveValue('');
  await page.keyboard.press('Control+Shift+z');
  await expect(panel.getByRole('radio', { name: 'Stark' })).toBeChecked();

  // The log: one line for the coding, one for its strength, direction and memo.
  await nav(page, 'Logg').click();
  const log = page.getByRole('table', { name: 'Loggens händelser, de senaste först' });
  await expect(log.getByRole('cell', { name: 'Bedömde citat', exact: true })).toHaveCount(1);
  await expect(log.getByRole('cell', { name: 'Kodade citat', exact: true })).toHaveCount(1);
  await expect(log.getByRole('row').filter({ hasText: 'Kodade citat' })).toContainText('Nya samverkansparter: ”Samverkan över kommungränsen');
  await page.screenshot({ path: testInfo.outputPath('log.png'), fullPage: true });

  // In English the log shows the built-in code's English name, and sizes would read 1.2 MB: the words follow the UI.
  await nav(page, 'Inställningar').click();
  await page.getByLabel('Språk').selectOption('en');
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await page.goBack();
  const englishLog = page.getByRole('table', { name: 'The events of the log, latest first' });
  await expect(englishLog.getByRole('row').filter({ hasText: 'Coded a quote' })).toContainText('New cooperation partners: ”Samverkan över kommungränsen');
  await expect(englishLog.getByRole('row').filter({ hasText: 'Imported a document' })).toContainText('slutrapport-v1.txt');
  await page.screenshot({ path: testInfo.outputPath('log-en.png'), fullPage: true });
});
