// `npm run bench`: cold start to interactive in Chromium, with an empty database and with 1,000 projects
// in 20 evaluations. Prints JSON. Targets are judged here, never in timed tests.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

const PORT = 4188;
const RUNS = 7;
const BASE = `http://127.0.0.1:${PORT}/`;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      const response = await fetch(BASE);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await sleep(100);
  }
  throw new Error('web mode did not start');
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

const server = spawn(process.execPath, ['scripts/serve-web.mjs', '--port', String(PORT)], { stdio: ['ignore', 'ignore', 'inherit'] });
try {
  await waitForServer();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--enable-precise-memory-info'] });
  const empty = await measure(browser, 'cold start, empty database');
  const populated = await measure(browser, 'cold start, 1,000 projects in 20 evaluations', (context) => seed(context, 20, 50));
  const result = {
    benchmark: 'cold-start-to-interactive',
    interactive: 'start page shows its "Ny utvärdering" button and the evaluation list',
    browser: `chromium ${browser.version()}`,
    node: process.version,
    results: [empty, populated],
  };
  await browser.close();
  console.log(JSON.stringify(result, null, 2));
} finally {
  server.kill();
}
