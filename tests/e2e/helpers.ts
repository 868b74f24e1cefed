import { expect, type FileChooser, type Page } from '@playwright/test';
import mammoth from 'mammoth';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');

/** Fails the test on any request that leaves 127.0.0.1: the app makes no network request of any kind. */
export function watchNetwork(page: Page): string[] {
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol)) return;
    if (url.hostname !== '127.0.0.1') outside.push(request.url());
  });
  return outside;
}

export async function createEvaluation(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'Ny utvärdering' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ny utvärdering' });
  await dialog.getByLabel('Titel').fill(title);
  await dialog.getByLabel('Program').fill('Samverkan för tillväxt');
  await dialog.getByLabel('Beställare').fill('Tillväxtverket');
  await dialog.getByLabel('Utvärderare').fill('Karin Lindqvist, Omar Haddad');
  await dialog.getByLabel('Periodens start').fill('2025-01-01');
  await dialog.getByLabel('Periodens slut').fill('2026-12-31');
  await dialog.getByRole('button', { name: 'Skapa utvärdering' }).click();
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  await nav(page, 'Projekt').click();
  await expect(page.getByRole('heading', { name: 'Projekt', level: 1 })).toBeVisible();
}

export async function addProject(page: Page, name: string, budget = '1 250 000'): Promise<void> {
  await page.getByRole('button', { name: 'Lägg till projekt' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lägg till projekt' });
  await dialog.getByLabel('Projektnamn').fill(name);
  await dialog.getByLabel('Projektkod').fill('NDS-01');
  await dialog.getByLabel('Projektägare').fill('Mora kommun');
  await dialog.getByLabel('Projektledare').fill('Eva Ek');
  await dialog.getByLabel('Samverkande kommuner').fill('Mora, Älvdalen, Orsa');
  await dialog.getByLabel('Nivå').selectOption('lokal');
  await dialog.getByLabel('Startdatum').fill('2025-01-01');
  await dialog.getByLabel('Slutdatum').fill('2026-06-30');
  await dialog.getByLabel('Beviljad budget (kr)').fill(budget);
  await dialog.getByRole('button', { name: 'Lägg till', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('rowheader', { name: new RegExp(name) })).toBeVisible();
}

/** Picks files through the web platform's file chooser. */
type ChosenFile = string | { name: string; mimeType: string; buffer: Buffer };

export async function chooseFile(page: Page, trigger: () => Promise<void>, file: ChosenFile | ChosenFile[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await trigger();
  await (await chooser).setFiles(file as Parameters<FileChooser['setFiles']>[0]);
}

/**
 * Selects the first occurrence of `phrase` in the reader's text, as a user's drag would. The reader mounts
 * only the parts of a long document near the viewport, so this scrolls down until the phrase is there.
 */
export async function selectPhrase(page: Page, phrase: string): Promise<void> {
  await page.locator('.document-text').waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  for (let attempt = 0; attempt < 60; attempt++) {
    const found = await page.evaluate((text) => {
      const container = document.querySelector('.document-text');
      if (!container) return false;
      const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(text) ?? -1;
        if (at >= 0) {
          (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + text.length);
          const selection = window.getSelection();
          selection?.removeAllRanges();
          selection?.addRange(range);
          return true;
        }
      }
      window.scrollBy(0, window.innerHeight * 0.8);
      return false;
    }, phrase);
    if (found) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`phrase not found in the reader: ${phrase}`);
}

/** The code palette's filter (in the reader and on a dataset). */
export function paletteFilter(page: Page) {
  return page.getByRole('combobox', { name: 'Filtrera koder' });
}

/** A code of the palette, by its group (level – column, or framework – top code) and label. */
export function paletteOption(page: Page, group: string, label: string) {
  return page.getByRole('listbox', { name: 'Koder att välja' }).getByRole('group', { name: group, exact: true }).getByRole('option', { name: label, exact: true });
}

/** The id of a code in the palette, by its group (level – column) and label. */
export async function codeOptionValue(page: Page, group: string, label: string): Promise<string> {
  const value = await paletteOption(page, group, label).first().getAttribute('data-code-id');
  if (!value) throw new Error(`no code ${group} / ${label}`);
  return value;
}

/**
 * Applies a code to the current selection (text in the reader, a row or cell of a dataset) with the
 * palette, as a user would: filter by the label, then choose the code of that group with Enter.
 */
export async function applyCode(page: Page, group: string, label: string): Promise<void> {
  const filter = paletteFilter(page);
  await filter.fill(label);
  const option = page.getByRole('listbox', { name: 'Koder att välja' }).getByRole('option', { name: `${label} · ${group}`, exact: true });
  await expect(option).toBeVisible();
  // The arrow keys walk the matches from the best; step down to the one of this group.
  const options = page.getByRole('listbox', { name: 'Koder att välja' }).getByRole('option');
  const names = await options.allTextContents();
  const at = names.indexOf(`${label} · ${group}`) >= 0 ? names.indexOf(`${label} · ${group}`) : names.findIndex((name) => name.startsWith(`${label} · ${group}`));
  for (let i = 0; i < at; i++) await filter.press('ArrowDown');
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await filter.press('Enter');
}

/** Selects a phrase in the reader and codes it with the palette; the coded passage is painted. */
export async function codePhrase(page: Page, phrase: string, group: string, label: string): Promise<void> {
  await selectPhrase(page, phrase);
  await expect(page.getByLabel('Markerad text')).toContainText(phrase.slice(0, 40));
  await applyCode(page, group, label);
  await expect(page.locator('mark.coded', { hasText: phrase.slice(0, 30) }).first()).toBeVisible();
}

/** A link of the left navigation, by its exact name. */
export function nav(page: Page, name: string) {
  return page.getByRole('navigation', { name: /Huvudnavigering|Main navigation/ }).getByRole('link', { name, exact: true });
}

/** Opens the demo evaluation from the start page; it opens on the results matrix. */
export async function openDemo(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Öppna demoutvärdering' }).click();
  await expect(page.getByRole('heading', { name: 'Resultatmatris', level: 1 })).toBeVisible();
}

/** Opens a document from Dokument by its link text and codes a phrase of it with the palette. */
export async function codeInDocument(page: Page, documentLink: string, phrase: string, group: string, label: string): Promise<void> {
  await nav(page, 'Dokument').click();
  await page.getByRole('link', { name: documentLink }).click();
  await expect(page.getByRole('document', { name: 'Dokumentets text' })).toBeVisible();
  await codePhrase(page, phrase, group, label);
}

/**
 * Imports files through the import dialog into one project (choosing it for every file), waits until
 * every file is read, imports, and closes the result list.
 */
export async function importDocuments(page: Page, files: string[], options: { project: string; type?: string }): Promise<void> {
  await nav(page, 'Dokument').click();
  await chooseFile(page, () => page.getByRole('button', { name: 'Importera dokument' }).click(), files);
  const dialog = page.getByRole('dialog', { name: 'Importera dokument' });
  for (const file of files) {
    const name = path.basename(file);
    await dialog.getByLabel(`Projekt för ${name}`).selectOption({ label: options.project });
    if (options.type) await dialog.getByLabel(`Dokumenttyp för ${name}`).selectOption(options.type);
  }
  const submit = dialog.getByRole('button', { name: `Importera (${files.length})` });
  await expect(submit).toBeEnabled({ timeout: 60_000 });
  await submit.click();
  await expect(dialog.getByRole('list', { name: 'Resultat av importen' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Stäng' }).click();
}

/**
 * Makes the open evaluation's Word report on the report screen ("Skapa rapport") and reads it back with
 * mammoth (quotes in the Quote style as blockquotes): the suggested file name, the bytes and the HTML.
 */
export async function createReport(page: Page): Promise<{ name: string; bytes: Buffer; html: string }> {
  await nav(page, 'Rapport').click();
  await expect(page.getByRole('heading', { name: 'Rapport', level: 1 })).toBeVisible();
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByRole('button', { name: 'Skapa rapport' }).click();
  const file = await download;
  await expect(page.getByRole('status').filter({ hasText: 'Rapporten sparades som' })).toBeVisible();
  const bytes = await readFile(await file.path());
  const { value: html } = await mammoth.convertToHtml({ buffer: bytes }, { styleMap: ["p[style-name='Quote'] => blockquote > p:fresh"] });
  return { name: file.suggestedFilename(), bytes, html };
}
