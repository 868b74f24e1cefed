// `npm run bench`: prints JSON. Targets are judged here, never in timed tests.
// - cold start to interactive in Chromium, with an empty database and with 1,000 projects in 20 evaluations;
// - import throughput of PDF and DOCX against bare pdf.js and mammoth on the same files (Node);
// - the longest main-thread task while a 1,000-page PDF is imported through the UI in Chromium;
// - the results-matrix analysis in one pass over 50,000 coded passages, with and without filters (Node, tests/bench/matrixAnalysis.ts);
// - coding in a generated evaluation of 500 documents and 50,000 segments (scripts/benchCoding.mjs);
// - the analysis in the same evaluation: the matrix recomputed after a coding and after a filter change, the
//   judgement heatmap of 40 factors × 30 projects painted (scripts/benchAnalysis.mjs).
// - the encrypted container: 50 MB encrypted and decrypted against one bare AES-GCM call, and the key derivations (Node, tests/bench/cryptoContainer.ts).
// - saving and opening that evaluation, with originals, as an evaluation file through the app in Chromium, plain and
//   encrypted, each against the bare work of the same size in the same page (scripts/benchEvaluationFile.mjs).
// - a 100,000 × 20 table read, typed and stored as a dataset through the app (in the table worker), against a
//   bare papaparse parse of the same file in the same page (scripts/benchTables.mjs).
// - the Word report of that evaluation with 2,000 passages marked for it, made in the report worker through the
//   app, against the docx library's Packer on the same Document (scripts/benchReport.mjs).
// - issue 13's hostile files, each read by the built command line: time and peak memory (scripts/benchLimits.mjs).
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { benchAnalysis } from './benchAnalysis.mjs';
import { benchCoding } from './benchCoding.mjs';
import { benchEvaluationFiles } from './benchEvaluationFile.mjs';
import { benchLimits } from './benchLimits.mjs';
import { benchReport } from './benchReport.mjs';
import { benchTables } from './benchTables.mjs';
import { generatedEvaluation } from './benchEvaluation.mjs';
import { BENCH_PORT } from './webModePort.mjs';
import { startWebServer } from './webServer.mjs';

// BENCH_PORT in the environment when another checkout's bench may be running on the machine.
const PORT = Number(process.env.BENCH_PORT ?? BENCH_PORT);
const RUNS = 7;
const BASE = `http://127.0.0.1:${PORT}/`;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Opens a fresh page and returns ms from navigation start until the start page is interactive. */
async function coldStart(context) {
  const page = await context.newPage();
  await page.goto(BASE);
  await page.getByRole('button', { name: 'Ny utvärdering' }).waitFor();
  await page.waitForFunction(() => document.querySelector('table, .empty') !== null);
  const ms = await page.evaluate(() => performance.now());
  const heap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? null);
  await page.close();
  return { ms, heap };
}

/** Writes evaluations and projects straight into the app's IndexedDB (schema v1), as the app would. */
async function seed(context, evaluations, projectsPer) {
  const page = await context.newPage();
  await page.goto(BASE);
  await page.getByRole('button', { name: 'Ny utvärdering' }).waitFor();
  await page.evaluate(
    async ({ evaluations, projectsPer }) => {
      const db = await new Promise((resolve, reject) => {
        const request = indexedDB.open('sparbar');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction(['evaluations', 'projects'], 'readwrite');
      const now = new Date().toISOString();
      for (let e = 0; e < evaluations; e++) {
        const id = `bench-e${e}`;
        tx.objectStore('evaluations').put({
          id, title: `Utvärdering ${e + 1}`, programme: 'Program för lokalt och regionalt tillväxtarbete', agency: 'Tillväxtverket',
          evaluators: ['Karin Lindqvist'], periodStart: '2022-01-01', periodEnd: '2025-12-31', kind: 'interim', reportLanguage: 'sv',
          createdAt: now, updatedAt: now, lastOpenedAt: null,
        });
        for (let p = 0; p < projectsPer; p++) {
          tx.objectStore('projects').put({
            id: `bench-e${e}-p${p}`, evaluationId: id, name: `Projekt ${p + 1}`, code: `P-${e}-${p}`, owner: 'Kommunen', manager: 'Projektledare',
            municipalities: ['Mora', 'Orsa'], county: 'Dalarnas län', level: 'lokal', theme: 'Samverkan', startDate: '2022-01-01', endDate: '2024-12-31',
            budgetSek: 1250000, attributes: [{ name: 'Finansiär', value: 'Regionen' }], createdAt: now, updatedAt: now,
          });
        }
      }
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { evaluations, projectsPer },
  );
  await page.close();
}

async function measure(browser, label, prepare) {
  const context = await browser.newContext();
  if (prepare) await prepare(context);
  await coldStart(context); // warm the HTTP cache like a second launch of an installed app
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await coldStart(context));
  await context.close();
  return {
    label,
    medianMs: Math.round(median(runs.map((r) => r.ms))),
    minMs: Math.round(Math.min(...runs.map((r) => r.ms))),
    maxMs: Math.round(Math.max(...runs.map((r) => r.ms))),
    runs: runs.length,
    peakJsHeapBytes: Math.max(...runs.map((r) => r.heap ?? 0)) || null,
  };
}

/** Builds and runs the Node import benchmark; writes the 1,000-page PDF for the browser run to `pdfFile`. */
async function importThroughput(pdfFile) {
  buildBenchHelpers();
  const lines = [];
  const log = console.log;
  console.log = (line) => lines.push(line);
  try {
    const { main } = await import(pathToFileURL(path.resolve('dist/bench/importThroughput.mjs')).href);
    await main(pdfFile);
  } finally {
    console.log = log;
  }
  return JSON.parse(lines.at(-1));
}

/** Imports the PDF through the UI and reports the longest main-thread task meanwhile (Long Tasks API). */
async function importMainThread(browser, pdfFile) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(BASE);
  await page.getByRole('button', { name: 'Ny utvärdering' }).click();
  await page.getByRole('dialog').getByLabel('Titel').fill('Bench');
  await page.getByRole('dialog').getByRole('button', { name: 'Skapa utvärdering' }).click();
  await page.getByRole('navigation').getByRole('link', { name: 'Projekt', exact: true }).click();
  await page.getByRole('button', { name: 'Lägg till projekt' }).click();
  await page.getByRole('dialog').getByLabel('Projektnamn').fill('Projektet');
  await page.getByRole('dialog').getByRole('button', { name: 'Lägg till', exact: true }).click();
  await page.getByRole('navigation').getByRole('link', { name: 'Dokument', exact: true }).click();
  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
  });
  const start = Date.now();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importera dokument' }).click();
  await (await chooser).setFiles(pdfFile);
  const dialog = page.getByRole('dialog', { name: 'Importera dokument' });
  await dialog.getByRole('button', { name: 'Importera (1)' }).waitFor({ state: 'visible' });
  await page.waitForFunction(() => !document.querySelector('dialog button.primary')?.hasAttribute('disabled'), null, { timeout: 600_000 });
  const parsedMs = Date.now() - start;
  await dialog.getByRole('button', { name: 'Importera (1)' }).click();
  await dialog.getByRole('list', { name: 'Resultat av importen' }).waitFor({ timeout: 600_000 });
  const totalMs = Date.now() - start;
  const tasks = await page.evaluate(() => window.__longTasks);
  await context.close();
  return {
    label: 'import of a 1,000-page PDF through the UI',
    readMs: parsedMs,
    readAndStoreMs: totalMs,
    longTasks: tasks.length,
    longestMainThreadTaskMs: Math.round(Math.max(0, ...tasks)),
    target: 'longest main-thread task < 50 ms',
  };
}

function buildBenchHelpers() {
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'tests/bench/vite.config.ts'], { stdio: ['ignore', 'ignore', 'inherit'] });
}

// `npm run bench -- --only coding` (or start, import, tables, matrix, analysis, crypto, evfile, report, limits; several joined by commas) runs those
// groups; without it, all of them.
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1].split(',') : null;
const wanted = (group) => !only || only.includes(group);
const server = await startWebServer(PORT);
try {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--enable-precise-memory-info'] });
  const result = { browser: `chromium ${browser.version()}`, node: process.version };
  if (wanted('start')) {
    const empty = await measure(browser, 'cold start, empty database');
    const populated = await measure(browser, 'cold start, 1,000 projects in 20 evaluations', (context) => seed(context, 20, 50));
    result.coldStart = {
      benchmark: 'cold-start-to-interactive',
      interactive: 'start page shows its "Ny utvärdering" button and the evaluation list',
      results: [empty, populated],
    };
  }
  if (wanted('import')) {
    const work = mkdtempSync(path.join(tmpdir(), 'sparbar-bench-'));
    const pdfFile = path.join(work, 'slutrapport-1000-sidor.pdf');
    result.importThroughput = await importThroughput(pdfFile);
    result.importMainThread = await importMainThread(browser, pdfFile);
    rmSync(work, { recursive: true, force: true });
  }
  if (wanted('tables')) result.tables = await benchTables(browser, BASE);
  if (wanted('matrix')) {
    buildBenchHelpers();
    const { benchMatrixAnalysis } = await import(pathToFileURL(path.resolve('dist/bench/matrixAnalysis.mjs')).href);
    result.matrixAnalysis = benchMatrixAnalysis();
  }
  if (wanted('evfile')) {
    buildBenchHelpers();
    result.evaluationFile = await benchEvaluationFiles(browser, BASE);
  }
  if (wanted('report')) {
    buildBenchHelpers();
    result.report = await benchReport(browser, BASE);
  }
  if (wanted('crypto')) {
    buildBenchHelpers();
    const { benchCryptoContainer } = await import(pathToFileURL(path.resolve('dist/bench/cryptoContainer.mjs')).href);
    result.cryptoContainer = await benchCryptoContainer();
  }
  if (wanted('limits')) {
    buildBenchHelpers();
    result.limits = await benchLimits();
  }
  if (wanted('coding') || wanted('analysis')) {
    buildBenchHelpers();
    // One generated evaluation (500 documents, 50,000 segments, 40 factors judged) for both groups.
    const evaluation = await generatedEvaluation(browser, BASE);
    if (wanted('coding')) result.coding = await benchCoding(evaluation);
    if (wanted('analysis')) result.analysis = await benchAnalysis(evaluation);
    await evaluation.context.close();
  }
  await browser.close();
  console.log(JSON.stringify(result, null, 2));
} finally {
  server.stop();
}
