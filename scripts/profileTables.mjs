// Profiles the table benchmark (scripts/benchTables.mjs) in Chromium: a trace with the V8 CPU profiler of
// every thread while the generated 100,000 × 20 table is imported through the app (read and typed in the
// table worker, then stored from it). Prints per thread (the page's main thread, the table worker) the
// functions with the most self and total time and the garbage collector's share, and the worker's own
// figures; writes the trace to /tmp/sparbar-profile-tables.json (open it in Chrome's Performance panel).
//   node scripts/profileTables.mjs    (PROFILE_TABLES_PORT chooses the port)
// It builds the renderer without minifying (so functions keep their names); run `npm run build:web` after.
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { profilesOf, TRACE_CATEGORIES } from './traceProfile.mjs';
import { startWebServer } from './webServer.mjs';
import { PROFILE_TABLES_PORT } from './webModePort.mjs';

const PORT = Number(process.env.PROFILE_TABLES_PORT ?? PROFILE_TABLES_PORT);
const BASE = `http://127.0.0.1:${PORT}/`;

const vite = (args) => execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
vite(['--minify', 'false']);
vite(['--config', 'tests/bench/vite.config.ts']);
const work = mkdtempSync(path.join(tmpdir(), 'sparbar-profile-tables-'));
const csvFile = path.join(work, 'indikatorer-100000.csv');
execFileSync(process.execPath, ['-e', `import('./dist/bench/importThroughput.mjs').then((m) => m.writeLargeCsv(${JSON.stringify(csvFile)}))`]);

const server = await startWebServer(PORT);
try {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium' });
  const page = await browser.newPage();
  await page.goto(BASE);
  await page.getByRole('button', { name: 'Ny utvärdering' }).click();
  await page.getByRole('dialog').getByLabel('Titel').fill('Profil tabell');
  await page.getByRole('dialog').getByRole('button', { name: 'Skapa utvärdering' }).click();
  await page.getByRole('navigation').getByRole('link', { name: 'Data', exact: true }).click();
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importera tabell' }).click();
  await (await chooser).setFiles(csvFile);
  const dialog = page.getByRole('dialog', { name: 'Importera tabell' });
  await page.waitForFunction(() => [...document.querySelectorAll('dialog button')].some((b) => b.textContent === 'Spara som dataset' && !b.disabled), null, { timeout: 600_000 });
  await dialog.getByRole('button', { name: 'Spara som dataset' }).click();
  await dialog.waitFor({ state: 'hidden', timeout: 600_000 });
  const worker = await page.evaluate(() => Object.fromEntries(['read', 'store'].map((what) => [what, Math.round(performance.getEntriesByName(`sparbar:table-${what}`).at(-1)?.detail?.workMs ?? -1)])));
  const buffer = await browser.stopTracing();
  const file = '/tmp/sparbar-profile-tables.json';
  writeFileSync(file, buffer);
  const threads = profilesOf(JSON.parse(buffer.toString('utf8')))
    .filter((p) => /CrRendererMain|Worker/i.test(p.thread))
    .sort((a, b) => b.samplesMs - a.samplesMs);
  await browser.close();
  console.log(JSON.stringify({ trace: file, workerMs: worker, threads }, null, 2));
} finally {
  server.stop();
  rmSync(work, { recursive: true, force: true });
}
