import { expect, test, type Page } from '@playwright/test';
import { Document, HeadingLevel, Packer, PageBreak, Paragraph, Table, TableCell, TableRow } from 'docx';
import { writeFile } from 'node:fs/promises';
import { buildReportDocx } from '../fixtures/docx/buildReportDocx';
import { addProject, applyCode, createEvaluation, importDocuments, nav, watchNetwork } from './helpers';

const PAGES = 1000;
const PARAGRAPHS_PER_PAGE = 19;

/**
 * A 1,000-page Word report of about 20,000 paragraphs and 3 million characters: a chapter heading every
 * ten pages, a table every hundred, explicit page breaks (the importer's page labels).
 */
async function buildLongReportDocx(): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [];
  for (let page = 1; page <= PAGES; page++) {
    if (page % 10 === 1) children.push(new Paragraph({ text: `Kapitel ${(page - 1) / 10 + 1}: Uppföljning`, heading: HeadingLevel.HEADING_1 }));
    if (page % 100 === 50) {
      const rows = [0, 1, 2].map(
        (row) => new TableRow({ tableHeader: row === 0, children: [0, 1, 2].map((column) => new TableCell({ children: [new Paragraph(row === 0 ? `Rubrik ${column + 1}` : `Värde ${page}.${row}.${column + 1}`)] })) }),
      );
      children.push(new Table({ rows }));
    }
    for (let i = 1; i <= PARAGRAPHS_PER_PAGE; i++) {
      children.push(
        new Paragraph(
          `Sida ${page}, stycke ${i}: Projektet har stärkt samverkan mellan kommunerna, regionen och näringslivet, och företagsrådet har träffats fyra gånger under året med elva företag.`,
        ),
      );
    }
    if (page < PAGES) children.push(new Paragraph({ children: [new PageBreak()] }));
  }
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

async function openOnlyDocument(page: Page): Promise<void> {
  await nav(page, 'Dokument').click();
  await page.getByRole('table', { name: 'Utvärderingens dokument' }).getByRole('link').first().click();
  await expect(page.getByRole('document', { name: 'Dokumentets text' })).toBeVisible();
}

/**
 * Selects the first occurrence of `phrase` among the text the reader has rendered (the pages near the
 * view), as a user's drag would; unlike selectPhrase it does not scroll, so it works anywhere in a long
 * report once the place is in view.
 */
async function selectRendered(page: Page, phrase: string): Promise<void> {
  await page.evaluate((text) => {
    const container = document.querySelector('.document-text');
    if (!container) throw new Error('no reader');
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(text) ?? -1;
      if (at >= 0) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        window.getSelection()?.removeAllRanges();
        window.getSelection()?.addRange(range);
        return;
      }
    }
    throw new Error(`not rendered: ${text}`);
  }, phrase);
}

async function code(page: Page, phrase: string): Promise<void> {
  await selectRendered(page, phrase);
  await expect(page.getByLabel('Markerad text')).toHaveText(phrase);
  await applyCode(page, 'Regional nivå – Effekter', 'Nya samverkansparter');
  await expect(page.locator('mark.coded', { hasText: phrase })).toHaveText(phrase);
}

test('a structured Word report reads with its structure, and outline, find and coding work in it', async ({ page }, testInfo) => {
  const outside = watchNetwork(page);
  const file = testInfo.outputPath('besoksnaring-slutrapport.docx');
  await writeFile(file, await buildReportDocx());
  await page.goto('/');
  await createEvaluation(page, 'Läsarens struktur');
  await addProject(page, 'Besöksnäring i Älvdalen');
  await importDocuments(page, [file], { project: 'Besöksnäring i Älvdalen', type: 'slutrapport' });
  await openOnlyDocument(page);
  const text = page.getByRole('document', { name: 'Dokumentets text' });

  // Structure: headings under the page's h1, lists, a table with its header, page markers, notes and comments.
  await expect(text.getByRole('heading', { name: 'Sammanfattning', level: 2 })).toBeVisible();
  await expect(text.getByRole('heading', { name: 'Aktiviteter', level: 3 })).toBeVisible();
  const bullets = text.getByRole('list').filter({ hasText: 'Workshoppar om digital marknadsföring' }).first();
  await expect(bullets.getByRole('listitem').filter({ hasText: 'Workshoppar' }).getByRole('list').getByRole('listitem')).toHaveText('Sex träffar under våren');
  await expect(text.locator('ol > li')).toHaveText(['Förstudie', 'Genomförande']);
  const table = text.getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText(['Indikator', 'Mål', 'Utfall']);
  await expect(table.getByRole('row', { name: /Nya företag/ }).getByRole('cell')).toHaveText(['Nya företag', '10', '14']);
  await expect(text.getByRole('separator', { name: 'Sida 2' })).toBeAttached();
  await expect(text.getByRole('heading', { name: 'Fotnoter och slutnoter', level: 2 })).toBeAttached();
  await expect(text).toContainText('Enligt projektets ansökan från 2021.');
  await expect(text.getByRole('heading', { name: 'Kommentarer', level: 2 })).toBeAttached();
  await expect(text).toContainText('Kommentar av Karin Lindqvist');

  // The outline jumps to a heading and moves focus there.
  const outline = page.getByRole('navigation', { name: 'Innehåll' });
  await outline.getByRole('button', { name: 'Lärdomar' }).click();
  const lessons = text.getByRole('heading', { name: 'Lärdomar' });
  await expect(lessons).toBeFocused();
  await expect(lessons).toBeInViewport();
  await expect(outline.getByRole('button', { name: 'Lärdomar' })).toHaveAttribute('aria-current', 'location');

  // Find: Ctrl+F, without regard to case or å/ä, Enter and Shift+Enter, and å/a told apart on request.
  // (A new search starts from the page in view: from the top here.)
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.keyboard.press('Control+f');
  const search = page.getByRole('searchbox', { name: 'Sök i dokumentet' });
  await expect(search).toBeFocused();
  await search.fill('GASTNATTER');
  await expect(page.getByText('1 av 2')).toBeVisible();
  await expect(text.locator('mark.find-hit')).toHaveText(['gästnätter', 'Gästnätter']);
  await expect(text.locator('mark.find-current')).toHaveText('gästnätter');
  await search.press('Enter');
  await expect(page.getByText('2 av 2')).toBeVisible();
  await expect(text.locator('mark.find-current')).toHaveText('Gästnätter');
  await expect(text.locator('mark.find-current')).toBeInViewport();
  await search.press('Shift+Enter');
  await expect(page.getByText('1 av 2')).toBeVisible();
  await page.getByRole('button', { name: 'Nästa träff' }).click();
  await expect(page.getByText('2 av 2')).toBeVisible();
  await page.getByLabel('Skilj på å/a').check();
  await expect(page.getByText('Inga träffar')).toBeVisible();
  await search.fill('gästnätter');
  await expect(page.getByText('1 av 2')).toBeVisible();
  await search.fill('');
  await expect(text.locator('mark.find-hit')).toHaveCount(0);

  // Coding works in a table cell and in a nested list item, next to the find marks.
  await code(page, 'Nya företag');
  await code(page, 'Sex träffar under våren');
  await expect(page.getByRole('heading', { name: 'Kodade citat (2)' })).toBeVisible();

  // A quote in the side list jumps to its place in the text.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.getByRole('button', { name: /Sex träffar under våren/ }).click();
  await expect(text.locator('mark.coded', { hasText: 'Sex träffar under våren' })).toBeInViewport();
  expect(outside).toEqual([]);
});

test('a 1,000-page report opens with only the text near the view rendered, and finds, jumps and codes anywhere', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const file = testInfo.outputPath('lang-slutrapport.docx');
  await writeFile(file, await buildLongReportDocx());
  await page.goto('/');
  await createEvaluation(page, 'Läsarens långa rapport');
  await addProject(page, 'Långa rapporten');
  await importDocuments(page, [file], { project: 'Långa rapporten', type: 'slutrapport' });
  await openOnlyDocument(page);
  const text = page.getByRole('document', { name: 'Dokumentets text' });
  await expect(text.getByRole('heading', { name: 'Kapitel 1: Uppföljning' })).toBeVisible();

  // One chunk per page, nearly all of them placeholders: only the pages near the view are rendered.
  await expect(text.locator('.chunk')).toHaveCount(PAGES);
  const rendered = await text.locator('.chunk[data-mounted]').count();
  expect(rendered).toBeGreaterThan(0);
  expect(rendered).toBeLessThan(20);
  expect(await text.locator('p').count()).toBeLessThan(20 * (PARAGRAPHS_PER_PAGE + 1));

  // Dragging the scrollbar to the middle shows text there.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.evaluate((y) => window.scrollTo(0, y), Math.round(height / 2));
  const box = await text.boundingBox();
  if (!box) throw new Error('the text has no box');
  const textAt = (x: number) =>
    page.evaluate((left) => {
      // A few points down the middle of the view: one of them is on a line of text, not between paragraphs.
      for (const y of [400, 425, 450, 475, 500, 525]) {
        const piece = document.elementFromPoint(left, y)?.closest('[data-start]');
        if (piece?.textContent) return piece.textContent;
      }
      return '';
    }, x);
  await expect.poll(() => textAt(box.x + box.width / 2)).toContain('Sida');

  // The outline jumps to a late chapter.
  await page.getByRole('navigation', { name: 'Innehåll' }).getByRole('button', { name: 'Kapitel 78: Uppföljning' }).click();
  const chapter = text.getByRole('heading', { name: 'Kapitel 78: Uppföljning' });
  await expect(chapter).toBeFocused();
  await expect(chapter).toBeInViewport();
  await expect(text.getByRole('separator', { name: 'Sida 771' })).toBeInViewport();

  // Find reaches the other end of the report.
  await page.keyboard.press('Control+f');
  await page.getByRole('searchbox', { name: 'Sök i dokumentet' }).fill('sida 999, stycke 7:');
  await expect(page.getByText('1 av 1')).toBeVisible();
  const hit = text.locator('mark.find-current');
  await expect(hit).toHaveText('Sida 999, stycke 7:');
  await expect(hit).toBeInViewport();
  await expect(text.getByRole('table')).toHaveCount(0);
  await page.getByRole('searchbox', { name: 'Sök i dokumentet' }).fill('värde 950.2.3');
  await expect(page.getByText('1 av 1')).toBeVisible();
  await expect(text.getByRole('table').getByRole('cell', { name: 'Värde 950.2.3' })).toBeInViewport();
  await page.getByRole('searchbox', { name: 'Sök i dokumentet' }).fill('');
  await expect(text.locator('mark.find-hit')).toHaveCount(0);

  // Coding a passage far down still maps the selection to the right text, and the quote jumps back to it.
  await code(page, 'Värde 950.2.3');
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(text.locator('mark.coded')).toHaveCount(0);
  await page.getByRole('button', { name: /Värde 950\.2\.3/ }).click();
  await expect(text.locator('mark.coded')).toHaveText('Värde 950.2.3');
  await expect(text.locator('mark.coded')).toBeInViewport();
});
