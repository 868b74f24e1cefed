// The report benchmark of `npm run bench` (group report), in Chromium over the generated evaluation
// (scripts/benchEvaluation.mjs: 30 projects, 500 documents, 50,000 coded passages, 40 factors judged) with
// 2,000 passages marked "I rapporten". Each run makes the report through the app (Rapport > Skapa
// rapport: the report worker reads the evaluation, builds and writes the .docx; timed from the click to
// the download, once the screen shows its sections' previews, as an evaluator sees it before clicking) while the Long Tasks API reports the UI thread's longest task; then, in the same page,
// the bare library's time: Packer on the same Document (tests/bench/bareReport.ts).
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generatedEvaluation } from './benchEvaluation.mjs';

const RUNS = Number(process.env.REPORT_RUNS ?? 3);
const MARKED = 2000;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Marks MARKED passages coded to the results matrix (where a marked quote is quoted), spread evenly, "I rapporten" (in the page's IndexedDB). */
async function markForReport(page, evaluationId) {
  return page.evaluate(
    async ({ evaluationId, marked }) => {
      const db = await new Promise((resolve, reject) => {
        const request = indexedDB.open('sparbar');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const all = (store) =>
        new Promise((resolve) => {
          const request = db.transaction(store).objectStore(store).index('evaluationId').getAll(evaluationId);
          request.onsuccess = () => resolve(request.result);
        });
      const matrix = new Set((await all('codes')).filter((code) => code.matrixCell).map((code) => code.id));
      const segments = (await all('segments')).filter((segment) => segment.codeIds.some((id) => matrix.has(id)));
      const step = Math.max(1, Math.floor(segments.length / marked));
      const tx = db.transaction('segments', 'readwrite');
      let count = 0;
      for (let i = 0; i < segments.length && count < marked; i += step, count++) tx.objectStore('segments').put({ ...segments[i], inReport: true });
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
      return count;
    },
    { evaluationId, marked: MARKED },
  );
}

/** Makes the report through the screen; the ms from the click to the download, the longest UI task, the file's size. */
async function appReport(page, file) {
  await page.evaluate(() => {
    window.__longTasks = [];
    window.__longTaskObserver?.disconnect();
    window.__longTaskObserver = new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration)));
    window.__longTaskObserver.observe({ type: 'longtask' });
  });
  // After a report, the screen counts its previews again: wait for them, as an evaluator would see them.
  await page.getByText(/^Ur materialet: /).first().waitFor({ timeout: 600_000 });
  const download = page.waitForEvent('download', { timeout: 600_000 });
  const start = Date.now();
  await page.getByRole('button', { name: 'Skapa rapport' }).click();
  const done = await download;
  const ms = Date.now() - start;
  await done.saveAs(file);
  await page.waitForTimeout(200);
  const tasks = await page.evaluate(() => window.__longTasks);
  return { ms, longestTaskMs: Math.round(Math.max(0, ...tasks)), bytes: statSync(file).size };
}

export function buildBareReport() {
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'tests/bench/vite.report.config.ts'], { stdio: ['ignore', 'ignore', 'inherit'] });
}

export async function benchReport(browser, base) {
  buildBareReport();
  const bareScript = readFileSync('dist/bench-report/bareReport.js', 'utf8');
  const { context, page, evaluationId, seeded } = await generatedEvaluation(browser, base);
  page.setDefaultTimeout(120_000);
  const marked = await markForReport(page, evaluationId);
  await page.evaluate((id) => (location.hash = `#/e/${encodeURIComponent(id)}/report`), evaluationId);
  await page.reload();
  await page.getByRole('heading', { name: 'Rapport', level: 1 }).waitFor();
  // The screen as the evaluator sees it before clicking: the sections' previews shown (counted in the
  // report worker, which is then kept, warm, for making the report).
  await page.getByText(/^Ur materialet: /).first().waitFor({ timeout: 600_000 });
  const work = mkdtempSync(path.join(tmpdir(), 'sparbar-report-'));
  const app = [];
  const bare = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      app.push(await appReport(page, path.join(work, `report-${run}.docx`)));
      // Evaluated through DevTools, so the app's CSP (no eval, no inline script) does not stop it.
      if (!(await page.evaluate(() => typeof globalThis.sparbarBareReport === 'object'))) await page.evaluate(bareScript);
      bare.push(await page.evaluate((id) => globalThis.sparbarBareReport.run(id), evaluationId));
    }
  } catch (error) {
    await page.screenshot({ path: '/tmp/sparbar-report-bench-failed.png' }).catch(() => {});
    throw error;
  } finally {
    rmSync(work, { recursive: true, force: true });
    await context.close();
  }
  const workerMs = median(app.map((r) => r.ms));
  const packMs = median(bare.map((r) => r.packMs));
  return {
    benchmark: 'report-in-the-worker',
    target: 'the report made in the worker in under 5,000 ms, no UI-thread task over 50 ms',
    evaluation: { projects: seeded.projects, documents: seeded.documents, segments: seeded.segments, markedInReport: marked },
    report: { quotes: bare[0]?.quotes, blocks: bare[0]?.blocks, docxKb: Math.round((app[0]?.bytes ?? 0) / 1024) },
    workerMs: Math.round(workerMs),
    workerRunsMs: app.map((r) => r.ms),
    longestUiTaskMs: Math.max(...app.map((r) => r.longestTaskMs)),
    bare: 'the docx library alone: Packer.pack on the same Document the renderer builds, timed inside the same pipeline run in the page',
    barePackMs: Math.round(packMs),
    samePipelineInPageMs: { read: Math.round(median(bare.map((r) => r.readMs))), build: Math.round(median(bare.map((r) => r.buildMs))), render: Math.round(median(bare.map((r) => r.renderMs))) },
    ratio: Math.round((workerMs / packMs) * 100) / 100,
    runs: RUNS,
  };
}
