import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { copyWithNewIds, readEvaluationFile, webSha256, writeEvaluationFile, type EvaluationSnapshot } from '../../shared/exchange/evaluationFile';
import { encryptContainer } from '../../shared/formats/crypto';
import type { StoredRecord } from '../../shared/migrations';
import { chooseFile, nav, openDemo } from './helpers';

// Issue 14's team on one evaluation: the demo saved, a colleague's copy of it (built here from that file:
// a passage coded by "Kollega B" and a memo changed) encrypted and merged through the overview, with the
// preview and a choice for the conflict; the merged passage counted per coder; a document assigned to
// the colleague; both undone step by step; a file of another evaluation refused.

const SHOTS = process.env.SPARBAR_SHOTS ?? '/tmp';
const PASSPHRASE = 'kollegans lösenfras vid fjällsjön';
const sha256 = webSha256(globalThis.crypto.subtle);

async function saveDemoFile(page: Page): Promise<EvaluationSnapshot> {
  await nav(page, 'Översikt').click();
  await page.getByRole('button', { name: 'Spara som utvärderingsfil…' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('dialog', { name: 'Spara som utvärderingsfil' }).getByRole('button', { name: 'Spara…' }).click();
  const read = await readEvaluationFile(await readFile(await (await download).path()), { sha256 });
  if (!read.ok) throw new Error(`unreadable: ${read.error.code}`);
  return read.snapshot;
}

/** The colleague's file: my evaluation with a passage of theirs and the first passage's memo changed. */
function colleagueOf(mine: EvaluationSnapshot): EvaluationSnapshot {
  const segments = mine.tables.segments ?? [];
  const [first] = segments;
  if (!first) throw new Error('no passage');
  const text = String((mine.tables.documentTexts ?? []).find((t) => t.documentId === first.documentId)?.text);
  const start = text.indexOf('\n\n') + 2;
  const end = text.indexOf('.', start) + 1;
  const passage: StoredRecord = {
    ...first,
    id: 'kollega-1',
    coder: 'Kollega B',
    memo: '',
    position: { type: 'TextPositionSelector', start, end },
    quote: { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: '', suffix: '' },
  };
  const changed = segments.map((s) => (s === first ? { ...s, memo: 'Kollegans memo om leverantörsträffarna' } : s));
  return { ...mine, tables: { ...mine.tables, segments: [...changed, passage] } };
}

async function fileBytes(snapshot: EvaluationSnapshot): Promise<Buffer> {
  return Buffer.from(await writeEvaluationFile(snapshot, { appVersion: 'test', now: '2026-12-07T10:00:00.000Z', sha256 }));
}

async function startMerge(page: Page, name: string, bytes: Buffer) {
  await nav(page, 'Översikt').click();
  await chooseFile(page, () => page.getByRole('button', { name: 'Slå ihop med en kollegas fil' }).click(), { name, mimeType: 'application/octet-stream', buffer: bytes });
  return page.getByRole('dialog', { name: 'Slå ihop med en kollegas fil' });
}

function coderRow(page: Page, coder: string) {
  return page.getByRole('table', { name: 'Kodarnas arbete i utvärderingen' }).getByRole('row', { name: new RegExp(`^${coder}`) });
}

test("a colleague's encrypted file merges after a preview with a choice per conflict, is counted per coder, and undoes as one step", async ({ page }) => {
  test.setTimeout(120_000);
  await openDemo(page);
  const mine = await saveDemoFile(page);
  const segmentCount = (mine.tables.segments ?? []).length;
  const theirs = await fileBytes(colleagueOf(mine));
  const encrypted = Buffer.from(await encryptContainer(theirs, PASSPHRASE, { crypto: globalThis.crypto }));

  const dialog = await startMerge(page, 'kollega.sparbar', encrypted);
  await dialog.getByLabel('Lösenfras').fill(PASSPHRASE);
  await dialog.getByRole('button', { name: 'Läs filen' }).click();
  const added = dialog.getByRole('table', { name: 'Läggs till från kollega.sparbar' });
  await expect(added.getByRole('row', { name: 'Kodade citat' })).toHaveText(/Kodade citat\s*1/);
  await expect(added.getByRole('row', { name: 'Dokument' })).toHaveText(/Dokument\s*0/);
  await expect(dialog.getByText('7 dokument finns redan hos dig (samma filer, kända på sin SHA-256):')).toBeVisible();
  await expect(dialog.getByText('1 fält är ändrat på båda håll. Välj vilket värde som ska gälla:')).toBeVisible();
  const conflict = dialog.getByRole('group', { name: /^Citat ”.*”: Anteckning$/ });
  await expect(conflict.getByRole('radio', { name: /^Mitt: / })).toBeChecked();
  await conflict.getByRole('radio', { name: 'Kollegans: Kollegans memo om leverantörsträffarna' }).check();
  await dialog.screenshot({ path: `${SHOTS}/merge-preview.png` });
  await dialog.getByRole('button', { name: 'Slå ihop', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Sammanslagningen med kollega.sparbar är gjord som ett steg: Ångra tar tillbaka hela.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ångra', exact: true })).toHaveAttribute('title', 'Ångra: Slog ihop med en kollegas fil');

  // The merged passage is counted on the overview, under its coder.
  await expect(page.getByRole('link', { name: 'Kodade citat' }).locator('xpath=../following-sibling::dd[1]')).toHaveText(String(segmentCount + 1));
  await expect(coderRow(page, 'Kollega B')).toHaveText(/Kollega B\s*0\s*1\s*1/);

  // The merged passage is in its document, beside mine.
  const [first] = mine.tables.segments ?? [];
  const document = (mine.tables.documents ?? []).find((d) => d.id === first?.documentId);
  const inDocument = (mine.tables.segments ?? []).filter((s) => s.documentId === first?.documentId).length;
  await nav(page, 'Dokument').click();
  await page.getByRole('link', { name: String(document?.title), exact: true }).click();
  await expect(page.getByRole('heading', { name: `Kodade citat (${inDocument + 1})` })).toBeVisible();
  await expect(page.getByRole('document', { name: 'Dokumentets text' }).locator('mark.coded').first()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/merge-reader.png` });

  // Assign a document to the colleague in the documents list.
  await nav(page, 'Dokument').click();
  const firstTitle = await page.getByRole('table', { name: 'Utvärderingens dokument' }).getByRole('link').first().innerText();
  await page.getByRole('button', { name: `Välj kodare för ${firstTitle}` }).click();
  const assign = page.getByRole('dialog', { name: `Kodare för ”${firstTitle}”` });
  await assign.getByRole('checkbox', { name: 'Kollega B' }).check();
  await assign.screenshot({ path: `${SHOTS}/merge-assign.png` });
  await assign.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('row', { name: new RegExp(firstTitle) })).toContainText('Kollega B');
  await page.screenshot({ path: `${SHOTS}/merge-documents.png` });
  await nav(page, 'Översikt').click();
  await expect(coderRow(page, 'Kollega B')).toHaveText(/Kollega B\s*1\s*1\s*1/);
  await page.screenshot({ path: `${SHOTS}/merge-overview.png`, fullPage: true });

  // Merging the same file again: nothing new, nothing changed on both sides any more.
  const again = await startMerge(page, 'kollega.sparbar', encrypted);
  await again.getByLabel('Lösenfras').fill(PASSPHRASE);
  await again.getByRole('button', { name: 'Läs filen' }).click();
  await expect(again.getByText('Filen tillför inget nytt: allt i den finns redan i din utvärdering.')).toBeVisible();
  await expect(again.getByText('Inget är ändrat på båda håll.')).toBeVisible();
  await again.getByRole('button', { name: 'Avbryt' }).click();
  await expect(again).toBeHidden();

  // Undo the assignment, then the merge: one step each.
  const undo = page.getByRole('button', { name: 'Ångra', exact: true });
  await expect(undo).toHaveAttribute('title', 'Ångra: Tilldelade dokument till kodare');
  await undo.click();
  await expect(coderRow(page, 'Kollega B')).toHaveText(/Kollega B\s*0\s*1\s*1/);
  await expect(undo).toHaveAttribute('title', 'Ångra: Slog ihop med en kollegas fil');
  await undo.click();
  await expect(coderRow(page, 'Kollega B')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Kodade citat' }).locator('xpath=../following-sibling::dd[1]')).toHaveText(String(segmentCount));

  // A file of another evaluation (other ids, no document in common) is refused, nothing written.
  const copy = copyWithNewIds(mine, (() => { let n = 0; return () => `other-${++n}`; })());
  const other = { ...copy, tables: { ...copy.tables, documents: (copy.tables.documents ?? []).map((d, i) => ({ ...d, sha256: String(i).repeat(64) })) } };
  const refused = await startMerge(page, 'annan.sparbar', await fileBytes(other));
  await expect(refused.getByRole('alert')).toContainText('Filen hör till en annan utvärdering');
  await refused.screenshot({ path: `${SHOTS}/merge-refused.png` });
});
