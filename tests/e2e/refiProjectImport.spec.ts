import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CODE_1, CODE_2, projectQdeText, qdpxBytes, selection, textSource, USER_A, USER_B } from '../support/refiProjects';
import { chooseFile, nav, watchNetwork } from './helpers';

// Issue 14's import: a REFI-QDA project generated here (two interviews, one with an emoji before its
// passages, a case with a variable, a picture that cannot come over) imported from the evaluations list:
// the preview's counts and its data-loss report in words, then "Skapa utvärdering" and the new
// evaluation's documents and coded passages in the reader. A damaged file is refused and a preview
// cancelled: neither adds anything.

const SHOTS = process.env.SPARBAR_SHOTS ?? '/tmp';
const S1 = 'aaaaaaaa-0000-4000-8000-000000000001';
const S2 = 'aaaaaaaa-0000-4000-8000-000000000002';
const sel = (n: number) => `5e1ec700-0000-4000-8000-0000000000${n}`;
const FIRST = 'Kommunerna i länet började samarbeta om upphandling 2023.\r\n\r\nSamverkan gav nya leverantörer 🙂 och fler anbud.';
const SECOND = 'Projektledaren beskriver att företagen nu deltar i leverantörsträffar.';
const at = (text: string, phrase: string) => [...text.slice(0, text.indexOf(phrase))].length;

function project(): Buffer {
  const body = `<Variables><Variable guid="${sel(30)}" name="Kommun" typeOfVariable="Text"/></Variables>
    <Cases><Case guid="${sel(40)}" name="Upphandling i Höglandet"><VariableValue><VariableRef targetGUID="${sel(30)}"/><TextValue>Nässjö</TextValue></VariableValue><SourceRef targetGUID="${S1}"/><SourceRef targetGUID="${S2}"/></Case></Cases>
    <Sources>
      ${textSource(S1, 'Intervju med kommunen', 'internal://first.txt', selection(sel(11), at(FIRST, 'samarbeta'), at(FIRST, 'samarbeta') + 'samarbeta om upphandling'.length, [[CODE_1, USER_A]]) + selection(sel(12), at(FIRST, 'fler anbud'), at(FIRST, 'fler anbud') + 'fler anbud'.length, [[CODE_2, USER_B]], '<Description>Effekt för företagen</Description>'))}
      ${textSource(S2, 'Intervju med projektledaren', 'absolute:///C:/Projekt/Källor/second.txt', selection(sel(13), at(SECOND, 'leverantörsträffar'), at(SECOND, 'leverantörsträffar') + 'leverantörsträffar'.length))}
      <PictureSource guid="${sel(50)}" name="karta.png" path="internal://karta.png"/>
    </Sources>`;
  return Buffer.from(qdpxBytes({ 'Project.qde': projectQdeText(body, 'Upphandlingsstudie'), 'Sources/first.txt': FIRST, 'Sources/second.txt': SECOND }));
}

test('a REFI-QDA project imports as a new evaluation after a preview of what comes over and what does not', async ({ page }) => {
  const outside = watchNetwork(page);
  await page.goto('/');

  // A damaged file: refused with what to do, nothing added.
  await chooseFile(page, () => page.getByRole('button', { name: 'Importera REFI-QDA-projekt (.qdpx, .qde)' }).click(), { name: 'trasig.qdpx', mimeType: 'application/zip', buffer: Buffer.from('PK\u0003\u0004trasig') });
  const refused = page.getByRole('dialog', { name: 'Importera REFI-QDA-projekt' });
  await expect(refused.getByRole('alert')).toHaveText(/zip-arkiv \(\.qdpx\) men är skadad/);
  await refused.getByRole('button', { name: 'Stäng' }).click();
  await expect(page.getByText('Det finns inga utvärderingar ännu')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/qdpxin-list.png` });

  // Cancelled at the preview: nothing is written.
  const importProject = () => chooseFile(page, () => page.getByRole('button', { name: 'Importera REFI-QDA-projekt (.qdpx, .qde)' }).click(), { name: 'upphandling.qdpx', mimeType: 'application/zip', buffer: project() });
  await importProject();
  const dialog = page.getByRole('dialog', { name: 'Importera REFI-QDA-projekt' });
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Det finns inga utvärderingar ännu')).toBeVisible();

  await importProject();
  await expect(dialog.getByText('Filen upphandling.qdpx blir en ny utvärdering, ”Upphandlingsstudie”, med:')).toBeVisible();
  await expect(dialog.getByRole('list', { name: 'Importera REFI-QDA-projekt' }).getByRole('listitem')).toHaveText([
    '2 dokument',
    '2 koder',
    '3 kodade avsnitt',
    '1 projekt (fall)',
    '1 registeruppgift (variabel)',
    '2 kodare',
    '1 memo',
  ]);
  await expect(dialog.getByRole('list', { name: 'Det här kom inte med' }).getByRole('listitem')).toHaveText(['1 bild kom inte med: Spårbar kodar text, inte bilder. Det gäller: karta.png']);
  await expect(dialog.getByText('Projektet exporterades från Testprogram 1.0.')).toBeVisible();
  await dialog.screenshot({ path: `${SHOTS}/qdpxin-preview.png` });
  await dialog.getByRole('button', { name: 'Skapa utvärdering' }).click();
  await expect(page.getByText('Utvärderingen ”Upphandlingsstudie” skapades från upphandling.qdpx.')).toBeVisible();

  // The documents belong to the case's project; the passages are in the reader, in the right places.
  await nav(page, 'Dokument').click();
  const documents = page.getByRole('table', { name: 'Utvärderingens dokument' });
  await expect(documents.getByRole('row', { name: /Intervju med kommunen/ }).getByRole('cell').nth(1)).toHaveText('Upphandling i Höglandet');
  await expect(documents.getByRole('row', { name: /Intervju med projektledaren/ })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/qdpxin-documents.png` });
  await documents.getByRole('link', { name: 'Intervju med kommunen' }).click();
  const text = page.getByRole('document', { name: 'Dokumentets text' });
  await expect(text).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Kodade citat (2)' })).toBeVisible();
  await expect(text.locator('mark.coded')).toHaveText(['samarbeta om upphandling', 'fler anbud']);
  await page.screenshot({ path: `${SHOTS}/qdpxin-reader.png`, fullPage: true });
  expect(outside).toEqual([]);
});

const CORPUS = path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'refi');

test('ATLAS.ti’s sample project (.qde without its sources) previews every loss in words', async ({ page }) => {
  test.skip(!existsSync(CORPUS), '../shared/corpus/refi is not beside the repository');
  await page.goto('/');
  await chooseFile(page, () => page.getByRole('button', { name: 'Importera REFI-QDA-projekt (.qdpx, .qde)' }).click(), {
    name: 'skyloom_Project.qde',
    mimeType: 'application/xml',
    buffer: readFileSync(path.join(CORPUS, 'skyloom_Project.qde')),
  });
  const dialog = page.getByRole('dialog', { name: 'Importera REFI-QDA-projekt' });
  await expect(dialog.getByText('Filen skyloom_Project.qde blir en ny utvärdering, ”ATLAS.ti standard project”, med:')).toBeVisible();
  const lost = dialog.getByRole('list', { name: 'Det här kom inte med' }).getByRole('listitem');
  await expect(lost).toHaveCount(13);
  await expect(lost.filter({ hasText: '8 textkällor kom inte med' })).toHaveText(/Bland andra: 1960s Coca Cola commercial - Audio\.docx/);
  await expect(lost.filter({ hasText: '16 mängder (sets) kom inte med' })).toBeVisible();
  await dialog.screenshot({ path: `${SHOTS}/qdpxin-preview-atlas.png` });
  await dialog.getByRole('button', { name: 'Skapa utvärdering' }).click();
  await expect(page.getByText('Utvärderingen ”ATLAS.ti standard project” skapades från skyloom_Project.qde.')).toBeVisible();
  await nav(page, 'Kodbok').click();
  await expect(page.getByText('bacon and eggs')).toBeVisible();
});
