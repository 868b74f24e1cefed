// Profiles the coding and search benchmarks (scripts/benchCoding.mjs) in Chromium over the generated
// evaluation: a trace with the V8 CPU profiler of every thread of the page (the main thread and the search
// worker) while the code is applied 20 times and while the 16 searches run. Prints per thread the
// functions with the most self time and total time, and their share of the thread's busy time; writes
// the traces to /tmp/sparbar-profile-<phase>.json (open them in Chrome's Performance panel).
//   node scripts/profileBench.mjs [coding|search|heatmap|matrix|evfile|all]  (matrix: after a filter change, and after a coding in
//   another window; evfile: saving the evaluation, with originals, as a plain evaluation file and opening it as a copy)
// It builds the renderer without minifying (so functions keep their names); run `npm run build:web` after.
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { afterCoding, afterFilter, heatmap } from './benchAnalysis.mjs';
import { applyByShortcut, openLarge, openSearch, searchQueries, stats } from './benchCoding.mjs';
import { generatedEvaluation } from './benchEvaluation.mjs';
import { appOpen, appSave, seedOriginals } from './benchEvaluationFile.mjs';
import { profilesOf, TRACE_CATEGORIES } from './traceProfile.mjs';
import { startWebServer } from './webServer.mjs';
import { PROFILE_BENCH_PORT } from './webModePort.mjs';

const PORT = PROFILE_BENCH_PORT;
const BASE = `http://127.0.0.1:${PORT}/`;
const phase = process.argv[2] ?? 'all';

const vite = (args) => execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
vite(['--minify', 'false']);
vite(['--config', 'tests/bench/vite.config.ts']);

async function traced(browser, page, name, run) {
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  const measured = await run();
  const buffer = await browser.stopTracing();
  const file = `/tmp/sparbar-profile-${name}.json`;
  writeFileSync(file, buffer);
  const threads = profilesOf(JSON.parse(buffer.toString('utf8')))
    .filter((p) => /CrRendererMain|Worker/i.test(p.thread))
    .sort((a, b) => b.samplesMs - a.samplesMs);
  return { phase: name, trace: file, measured, threads };
}

const server = await startWebServer(PORT);
try {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium' });
  const { context, page, evaluationId, seeded } = await generatedEvaluation(browser, BASE);
  const results = [];
  if (phase === 'all' || phase === 'coding') {
    await openLarge(page, evaluationId);
    await applyByShortcut(page, 5);
    results.push(await traced(browser, page, 'coding', async () => {
      const apply = await applyByShortcut(page, 20);
      return { paintedAndCommitted: apply.paintedAndCommitted, committed: apply.committed };
    }));
  }
  if (phase === 'all' || phase === 'search') {
    await openSearch(page, evaluationId);
    results.push(await traced(browser, page, 'search', async () => {
      const { times, allListed, worker } = await searchQueries(page);
      return { search: stats(times), allHitsOfThePage: stats(allListed), worker: stats(worker) };
    }));
  }
  if (phase === 'all' || phase === 'heatmap') {
    results.push(await traced(browser, page, 'heatmap', () => heatmap(page, evaluationId, seeded)));
  }
  if (phase === 'all' || phase === 'matrix') {
    results.push(await traced(browser, page, 'matrix-filter', () => afterFilter(page, evaluationId)));
    // The matrix window is the second page: the trace records every page of the browser.
    results.push(await traced(browser, null, 'matrix-coding', () => afterCoding(context, page, evaluationId)));
  }
  if (phase === 'all' || phase === 'evfile') {
    await seedOriginals(page, evaluationId, seeded.documents);
    const file = `/tmp/sparbar-profile-evfile-${process.pid}.sparbar`;
    const save = await appSave(page, evaluationId, file, false);
    results.push(await traced(browser, page, 'evfile-save', save));
    const open = await appOpen(page, file, false);
    results.push(await traced(browser, page, 'evfile-open', open));
  }
  await context.close();
  await browser.close();
  console.log(JSON.stringify(results, null, 2));
} finally {
  server.stop();
}
