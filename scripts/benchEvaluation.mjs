// The generated evaluation the coding and analysis benchmarks run in (and scripts/profileBench.mjs):
// 500 documents and 50,000 segments (tests/bench/codingEvaluation.ts) in 30 projects, with a framework of
// 40 factors judged for every project and the programme (tests/bench/factorJudgements.ts), written into
// the app's database as the app would store it.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Creates an evaluation through the UI and returns its id. */
export async function createEvaluation(page, base) {
  await page.goto(base);
  await page.getByRole('button', { name: 'Ny utvärdering' }).click();
  await page.getByRole('dialog').getByLabel('Titel').fill('Bench kodning');
  await page.getByRole('dialog').getByRole('button', { name: 'Skapa utvärdering' }).click();
  await page.waitForFunction(() => /#\/e\/[^/]+/.test(location.hash));
  return page.evaluate(() => decodeURIComponent(location.hash.split('/')[2]));
}

/** Writes records (table → rows) in one IndexedDB transaction in the page. */
function write(page, records) {
  return page.evaluate(async (records) => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('sparbar');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(Object.keys(records), 'readwrite');
    for (const [table, rows] of Object.entries(records)) for (const row of rows) tx.objectStore(table).put(row);
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, records);
}

/** Writes the generated evaluation into the app's database, in batches; the code of shortcut 1 is a matrix category. */
export async function seed(page, evaluationId) {
  const codes = await page.evaluate(async (evaluationId) => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('sparbar');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = await new Promise((resolve) => {
      const request = db.transaction('codes').objectStore('codes').getAll();
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    return all.filter((code) => code.evaluationId === evaluationId);
  }, evaluationId);
  const { generateCodingEvaluation } = await import(pathToFileURL(path.resolve('dist/bench/codingEvaluation.mjs')).href);
  const { generateFactorJudgements, BENCH_FRAMEWORK_ID } = await import(pathToFileURL(path.resolve('dist/bench/factorJudgements.mjs')).href);
  const now = new Date().toISOString();
  const generated = generateCodingEvaluation({ evaluationId, codes, documents: 500, segments: 50_000, large: { pages: 300, segments: 2000 }, pagesPerDocument: 12, now });
  const factors = generateFactorJudgements({ evaluationId, projects: generated.projects, documents: generated.documents, factors: 40, now });
  const leaf = codes.find((code) => code.matrixCell && !codes.some((other) => other.parentId === code.id));
  await write(page, { projects: generated.projects, codes: [{ ...leaf, shortcut: '1' }, ...factors.codes], judgements: factors.judgements });
  for (let i = 0; i < generated.documents.length; i += 25) {
    const batch = generated.documents.slice(i, i + 25);
    await write(page, { documents: batch.map((d) => d.record), documentTextPieces: batch.flatMap((d) => d.pieces), segments: batch.flatMap((d) => d.segments) });
  }
  return {
    documents: generated.documents.length,
    segments: generated.documents.reduce((n, d) => n + d.segments.length, 0),
    largeText: generated.documents[0].text.text.length,
    projects: generated.projects.length,
    factors: factors.codes.length,
    judgements: factors.judgements.length,
    frameworkId: BENCH_FRAMEWORK_ID,
    matrixCodeId: leaf.id,
  };
}

/** A context with the generated evaluation, its id and what was written. */
export async function generatedEvaluation(browser, base) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const evaluationId = await createEvaluation(page, base);
  const seeded = await seed(page, evaluationId);
  await page.reload();
  await openingBackup(page, evaluationId, 2);
  // The seconds after a backup of this size are slower (the browser writes the 50 MB file and tidies its
  // database): the figures are taken once that has settled (BENCH_SETTLE_MS=0 to measure right after).
  await page.waitForTimeout(Number(process.env.BENCH_SETTLE_MS ?? 20_000));
  return { context, page, evaluationId, seeded };
}

/**
 * Waits until the evaluation has `count` automatic backups in the origin-private file system: the one
 * made when it was created and the one made when the reloaded page opened it again (50,000 passages,
 * read in one transaction and written in a worker for some seconds). The benchmarks measure coding and
 * analysis after it, not under it (a coding committed while that read runs waits for it).
 */
async function openingBackup(page, evaluationId, count) {
  await page.waitForFunction(
    async ({ id, count }) => {
      try {
        const folder = await (await (await navigator.storage.getDirectory()).getDirectoryHandle('backups')).getDirectoryHandle(id);
        let files = 0;
        for await (const name of folder.keys()) if (name.endsWith('.sparbar')) files++;
        return files >= count;
      } catch {
        return false;
      }
    },
    { id: evaluationId, count },
    { timeout: 300_000, polling: 500 },
  );
}

/** Sets the route of the page (the app's hash router). */
export function go(page, evaluationId, rest) {
  return page.evaluate(({ id, rest }) => (location.hash = `#/e/${encodeURIComponent(id)}/${rest}`), { id: evaluationId, rest });
}
