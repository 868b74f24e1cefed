// The evaluation-file benchmark of `npm run bench` (group evfile), in Chromium over the generated
// evaluation (scripts/benchEvaluation.mjs: 500 documents, 50,000 segments, 40 factors judged) with an
// original file of 64-256 KiB of incompressible bytes (as a PDF's streams are) for every document.
// Each run saves it through the app (Översikt > Spara som utvärderingsfil: snapshotOf, the worker's write,
// the download), plain and encrypted, and opens the written file through the app (Öppna utvärderingsfil:
// the worker's read and decryption, "Behåll båda": restore as a copy), and in the same page times the
// bare work of the same size (tests/bench/bareEvaluationFile.ts). Meanwhile the Long Tasks API reports
// the UI thread's longest task, CDP's Performance.getMetrics samples the page's JS heap and the renderer
// process's peak resident memory (VmHWM, reset before each run) includes the worker's.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generatedEvaluation } from './benchEvaluation.mjs';

const RUNS = Number(process.env.EVFILE_RUNS ?? 3);
const PASSPHRASE = 'fjällräven korsar ängen i gryningen';
const TITLE = 'Bench kodning';

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const log = (...what) => process.env.EVFILE_LOG && console.error(new Date().toISOString().slice(11, 19), ...what);
const nav = (page, name) => page.getByRole('navigation', { name: /Huvudnavigering|Main navigation/ }).getByRole('link', { name, exact: true });

/** Gives every document of the evaluation an original of 64-256 KiB of random bytes, in the page. */
export async function seedOriginals(page, evaluationId, documents) {
  return page.evaluate(
    async ({ evaluationId, documents }) => {
      const db = await new Promise((resolve, reject) => {
        const request = indexedDB.open('sparbar');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      let total = 0;
      for (let start = 0; start < documents; start += 50) {
        const tx = db.transaction('originals', 'readwrite');
        for (let d = start; d < Math.min(documents, start + 50); d++) {
          const size = (64 + ((d * 7919) % 193)) * 1024;
          const bytes = new Uint8Array(size);
          for (let i = 0; i < size; i += 65536) crypto.getRandomValues(bytes.subarray(i, Math.min(size, i + 65536)));
          total += size;
          tx.objectStore('originals').put({ documentId: `bench-d${d}`, evaluationId, blob: new Blob([bytes], { type: 'application/pdf' }) });
        }
        await new Promise((resolve, reject) => {
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
        });
      }
      db.close();
      return total;
    },
    { evaluationId, documents },
  );
}

/** The pid of the page's renderer process: the renderer using most memory. */
async function rendererPid(browser) {
  const cdp = await browser.newBrowserCDPSession();
  const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
  await cdp.detach();
  const rss = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  return processInfo.filter((p) => p.type === 'renderer').map((p) => p.id).sort((a, b) => rss(b) - rss(a))[0];
}

/** Runs `work` while watching the UI thread's long tasks, the page's JS heap and the renderer's peak memory. */
async function watched(page, cdp, pid, work) {
  // The garbage of the run before (the bare work's, on this thread) is collected first, not during this one.
  await cdp.send('HeapProfiler.collectGarbage');
  await page.evaluate(() => {
    window.__longTasks = [];
    window.__longTaskObserver?.disconnect();
    window.__longTaskObserver = new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration)));
    window.__longTaskObserver.observe({ type: 'longtask' });
  });
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    // the peak cannot be reset here: it then covers the whole run so far
  }
  let peakHeap = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const { metrics } = await cdp.send('Performance.getMetrics').catch(() => ({ metrics: [] }));
      peakHeap = Math.max(peakHeap, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  let ms;
  try {
    ms = await work();
  } finally {
    sampling = false;
    await sampler;
  }
  await page.waitForTimeout(100); // the last long task's entry is delivered after it ends
  const tasks = await page.evaluate(() => window.__longTasks);
  const peakRss = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
  return { ms, longestTaskMs: Math.round(Math.max(0, ...tasks)), longTasks: tasks.length, peakJsHeapMb: Math.round(peakHeap / 2 ** 20), peakRendererRssMb: Math.round(peakRss / 2 ** 20) };
}

/** Saves the evaluation through the Overview's dialog; returns ms from Spara… until the download starts. */
export async function appSave(page, evaluationId, file, encrypt) {
  await page.evaluate((id) => (location.hash = `#/e/${encodeURIComponent(id)}`), evaluationId);
  await page.getByRole('button', { name: 'Spara som utvärderingsfil…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Spara som utvärderingsfil' });
  if (encrypt) {
    await dialog.getByRole('checkbox', { name: 'Kryptera med lösenfras' }).check();
    await dialog.getByLabel('Lösenfras', { exact: true }).fill(PASSPHRASE);
    await dialog.getByLabel('Lösenfrasen en gång till').fill(PASSPHRASE);
    await dialog.getByText(/Lösenfrasens styrka: (Stark|Mycket stark)/).waitFor();
  }
  return async () => {
    const download = page.waitForEvent('download', { timeout: 600_000 });
    const start = Date.now();
    await dialog.getByRole('button', { name: 'Spara…' }).click();
    const done = await download;
    const ms = Date.now() - start;
    await done.saveAs(file);
    await dialog.waitFor({ state: 'hidden' });
    return ms;
  };
}

/** Opens a file through the evaluation list and keeps both; returns ms of the app's work (not the choice). */
export async function appOpen(page, file, encrypt) {
  await nav(page, 'Utvärderingar').click();
  const dialog = page.getByRole('dialog', { name: 'Öppna utvärderingsfil' });
  const exists = page.getByRole('dialog', { name: 'Utvärderingen finns redan' });
  const choose = async () => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Öppna utvärderingsfil…' }).click();
    await (await chooser).setFiles(file);
  };
  if (encrypt) {
    await choose();
    await dialog.getByLabel('Lösenfras').fill(PASSPHRASE);
  }
  return async () => {
    let start = Date.now();
    if (encrypt) await dialog.getByRole('button', { name: 'Öppna' }).click();
    else {
      await choose();
      start = Date.now();
    }
    await exists.getByRole('button', { name: 'Behåll båda (en kopia)' }).waitFor({ timeout: 600_000 });
    const read = Date.now() - start;
    const writeStart = Date.now();
    await exists.getByRole('button', { name: 'Behåll båda (en kopia)' }).click();
    await page.getByRole('heading', { name: `${TITLE} (kopia)`, level: 1 }).waitFor({ timeout: 600_000 });
    return read + (Date.now() - writeStart);
  };
}

/** Deletes the opened copy through the evaluation list (not timed). */
export async function removeCopy(page) {
  await nav(page, 'Utvärderingar').click();
  await page.getByRole('button', { name: `Ta bort ${TITLE} (kopia)` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ta bort utvärderingen' }).click();
  await page.getByRole('button', { name: `Ta bort ${TITLE} (kopia)` }).waitFor({ state: 'detached', timeout: 600_000 });
}

function summary(label, app, bare, extra = {}) {
  const appMs = median(app.map((r) => r.ms));
  const bareMs = median(bare.map((r) => r.ms));
  return {
    label,
    medianMs: Math.round(appMs),
    bareMedianMs: Math.round(bareMs),
    ratio: Math.round((appMs / bareMs) * 100) / 100,
    runsMs: app.map((r) => Math.round(r.ms)),
    bareRunsMs: bare.map((r) => Math.round(r.ms)),
    longestUiTaskMs: Math.max(...app.map((r) => r.longestTaskMs)),
    peakJsHeapMb: Math.max(...app.map((r) => r.peakJsHeapMb)),
    peakRendererRssMb: Math.max(...app.map((r) => r.peakRendererRssMb)),
    bareLongestUiTaskMs: Math.max(...bare.map((r) => r.longestTaskMs)),
    barePeakRendererRssMb: Math.max(...bare.map((r) => r.peakRendererRssMb)),
    ...extra,
  };
}

/** Builds the bare work's script (dist/bench-web/bareEvaluationFile.js). */
export function buildBare() {
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'tests/bench/vite.web.config.ts'], { stdio: ['ignore', 'ignore', 'inherit'] });
}

export async function benchEvaluationFiles(browser, base) {
  buildBare();
  const bareScript = readFileSync('dist/bench-web/bareEvaluationFile.js', 'utf8');
  const { context, page, evaluationId, seeded } = await generatedEvaluation(browser, base);
  page.setDefaultTimeout(120_000);
  log('seeded', seeded);
  const originalBytes = await seedOriginals(page, evaluationId, seeded.documents);
  log('originals', originalBytes);
  await page.reload();
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const pid = await rendererPid(browser);
  // Evaluated through DevTools, so the app's CSP (no eval, no inline script) does not stop it.
  const bare = async (call, arg) => {
    if (!(await page.evaluate(() => typeof globalThis.sparbarBare === 'object'))) await page.evaluate(bareScript);
    return page.evaluate(call, arg);
  };
  await bare(async (id) => (globalThis.__benchKeys = await globalThis.sparbarBare.keys(id)), evaluationId);
  const work = mkdtempSync(path.join(tmpdir(), 'sparbar-evfile-'));
  const results = { save: [[], []], bareSave: [[], []], open: [[], []], bareOpen: [[], []] };
  const sizes = [0, 0];
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const [i, encrypt] of [false, true].entries()) {
        const file = path.join(work, `bench-${i}.sparbar`);
        log('run', run, encrypt ? 'encrypted' : 'plain');
        results.save[i].push(await watched(page, cdp, pid, await appSave(page, evaluationId, file, encrypt)));
        sizes[i] = readFileSync(file).byteLength;
        results.bareSave[i].push(await watched(page, cdp, pid, () => bare(async ({ id, encrypt }) => (await globalThis.sparbarBare.save(id, globalThis.__benchKeys, encrypt)).ms, { id: evaluationId, encrypt })));
        log('saved', results.save[i].at(-1), 'bare', results.bareSave[i].at(-1));
        results.open[i].push(await watched(page, cdp, pid, await appOpen(page, file, encrypt)));
        log('opened', results.open[i].at(-1));
        await removeCopy(page);
        results.bareOpen[i].push(await watched(page, cdp, pid, () => bare(async (encrypt) => (await globalThis.sparbarBare.open(encrypt)).ms, encrypt)));
      }
    }
  } catch (error) {
    await page.screenshot({ path: '/tmp/sparbar-evfile-failed.png' }).catch(() => {});
    throw error;
  } finally {
    rmSync(work, { recursive: true, force: true });
    await context.close();
  }
  const kinds = ['plain', 'encrypted'];
  return {
    benchmark: 'evaluation-file-in-the-app',
    target: 'saving and opening within 1.5x of the bare work of the same size in the same page, the UI thread never blocked longer than 50 ms; peak memory reported',
    bare: 'save: Dexie bulkGet of the same records, the originals read, JSON of each table, fflate zipSync level 6; open: unzipSync, JSON.parse, Dexie bulkPut into an empty database of the app schema; encrypted adds Argon2id (64 MiB, 3 passes) and one AES-256-GCM pass',
    evaluation: { ...seeded, originalsMb: Math.round(originalBytes / 2 ** 20) },
    fileMb: { plain: Math.round(sizes[0] / 2 ** 20), encrypted: Math.round(sizes[1] / 2 ** 20) },
    results: kinds.flatMap((kind, i) => [
      summary(`save, ${kind} (snapshotOf, the worker's write${i ? ' and encryption' : ''}, the download)`, results.save[i], results.bareSave[i]),
      summary(`open, ${kind} (the worker's ${i ? 'decryption and ' : ''}read, restore as a copy)`, results.open[i], results.bareOpen[i]),
    ]),
    runs: RUNS,
  };
}
