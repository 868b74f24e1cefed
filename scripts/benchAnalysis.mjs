// The analysis benchmarks of `npm run bench` (group "analysis"), in Chromium over the generated evaluation
// (scripts/benchEvaluation.mjs: 500 documents, 50,000 segments, 30 projects, 40 factors judged):
// - the results matrix recomputed after a coding: the matrix open in one window, a code applied by its
//   shortcut in the reader in another (the same database), until the matrix shows the new count painted;
// - the matrix recomputed after a filter change, until painted;
// - the judgement heatmap (40 factors × 30 projects and the programme) painted after switching to its
//   framework, and after navigating to Bedömningar.
// Each is timed on the main thread from the action to the frame after React committed, with the longest
// main-thread task (Long Tasks API) meanwhile.
import { stats } from './benchCoding.mjs';
import { go } from './benchEvaluation.mjs';

const RUNS = 9;

/**
 * Installs the page's helpers (as a script, the app's CSP allowing no eval): __benchPainted(changed)
 * resolves a frame after `changed()` holds with the time then (epoch ms); long tasks are recorded.
 */
async function install(page) {
  await page.evaluate(`(() => {
    window.__benchPainted = async (changed) => {
      await new Promise((resolve) => {
        const check = () => (changed() ? resolve() : requestAnimationFrame(check));
        check();
      });
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      return performance.timeOrigin + performance.now();
    };
    window.__matrixTotal = () => document.querySelector('.matrix-total')?.textContent ?? '';
    window.__heatmapRows = () => document.querySelectorAll('.heatmap-body [role=row]').length;
    window.__benchTasks = [];
    new PerformanceObserver((list) => window.__benchTasks.push(...list.getEntries().map((e) => ({ at: performance.timeOrigin + e.startTime, ms: e.duration })))).observe({ type: 'longtask' });
  })()`);
}

const longestSince = (page, since) => page.evaluate((since) => Math.max(0, ...window.__benchTasks.filter((t) => t.at + t.ms >= since).map((t) => t.ms)), since);

/** Applies the code of shortcut 1 to a fresh passage of the open reader; returns the epoch ms of the key press and of the commit. */
function codeOnce(page, run) {
  return page.evaluate(async (run) => {
    const blocks = [...document.querySelectorAll('.document-text [data-block]')].filter((el) => el.textContent.length > 200);
    const block = blocks[(run * 5 + 1) % blocks.length];
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    let node = walker.nextNode();
    while (node && node.textContent.length < 40) node = walker.nextNode();
    const range = document.createRange();
    const offset = (run * 11) % Math.max(1, node.textContent.length - 30);
    range.setStart(node, offset);
    range.setEnd(node, offset + 25);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    document.activeElement?.blur?.();
    await new Promise((resolve) => setTimeout(resolve, 50));
    performance.clearMarks('sparbar:coding-committed');
    const key = performance.timeOrigin + performance.now();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '1', code: 'Digit1', bubbles: true }));
    await new Promise((resolve) => {
      const check = () => (performance.getEntriesByName('sparbar:coding-committed').length > 0 ? resolve() : setTimeout(check, 1));
      check();
    });
    return { key, committed: performance.timeOrigin + performance.getEntriesByName('sparbar:coding-committed')[0].startTime };
  }, run);
}

/** The matrix open in a second window while the reader codes in the first. */
export async function afterCoding(context, reader, evaluationId) {
  const matrix = await context.newPage();
  await matrix.goto(reader.url().replace(/#.*$/, ''));
  await go(matrix, evaluationId, 'matrix');
  await matrix.waitForFunction(() => document.querySelector('.matrix-total') !== null, null, { timeout: 120_000 });
  await install(matrix);
  await go(reader, evaluationId, 'documents/bench-d0');
  await reader.waitForSelector('.document-text mark[data-seg]');
  const fromKey = [];
  const fromCommit = [];
  const longest = [];
  for (let run = 0; run < RUNS; run++) {
    const before = await matrix.evaluate(() => window.__matrixTotal());
    const painted = matrix.evaluate((before) => window.__benchPainted(() => window.__matrixTotal() !== before), before);
    const { key, committed } = await codeOnce(reader, run);
    const at = await painted;
    fromKey.push(at - key);
    fromCommit.push(at - committed);
    longest.push(await longestSince(matrix, committed));
    await matrix.waitForTimeout(200);
  }
  await matrix.close();
  return {
    label: 'results matrix recomputed after a coding (matrix open in a second window, code applied in the reader) until painted',
    fromKeyPress: stats(fromKey),
    fromCommit: stats(fromCommit),
    longestMainThreadTaskMs: stats(longest),
    target: 'under 100 ms',
  };
}

/** A filter of the matrix changed (theme, then back to all) until the recomputed matrix is painted. */
export async function afterFilter(page, evaluationId) {
  await go(page, evaluationId, 'matrix');
  await page.waitForFunction(() => document.querySelector('.matrix-total') !== null, null, { timeout: 120_000 });
  await install(page);
  const values = ['Kompetens', '', 'Innovation', ''];
  const times = [];
  const longest = [];
  for (let run = 0; run < RUNS * 2; run++) {
    const value = values[run % values.length];
    const { start, at } = await page.evaluate(
      async (value) => {
        const select = [...document.querySelectorAll('.matrix-filter label.field')].find((l) => l.querySelector('span')?.textContent === 'Tema')?.querySelector('select');
        const before = window.__matrixTotal();
        const start = performance.timeOrigin + performance.now();
        const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set;
        setter.call(select, value);
        select.dispatchEvent(new Event('change', { bubbles: true }));
        const at = await window.__benchPainted(() => window.__matrixTotal() !== before);
        return { start, at };
      },
      value,
    );
    times.push(at - start);
    longest.push(await longestSince(page, start));
  }
  return { label: 'results matrix recomputed after a filter change (theme) until painted', ...stats(times), longestMainThreadTaskMs: stats(longest), target: 'under 100 ms' };
}

/** The heatmap of the 40-factor framework: after switching framework, and after navigating to Bedömningar. */
export async function heatmap(page, evaluationId, seeded) {
  const rows = seeded.factors;
  const switchTimes = [];
  const firstTimes = [];
  const settledTimes = [];
  const navigateTimes = [];
  const longest = [];
  await install(page);
  for (let run = 0; run < RUNS; run++) {
    await go(page, evaluationId, 'documents');
    await page.getByRole('heading', { name: 'Dokument', level: 1 }).waitFor();
    const navigated = await page.evaluate(
      async (id) => {
        const start = performance.timeOrigin + performance.now();
        location.hash = `#/e/${encodeURIComponent(id)}/judgements`;
        const at = await window.__benchPainted(() => window.__heatmapRows() > 0);
        return at - start;
      },
      evaluationId,
    );
    navigateTimes.push(navigated);
    await page.waitForTimeout(300);
    const { start, first, at, settled } = await page.evaluate(
      async ({ frameworkId, rows }) => {
        const select = document.querySelector('select[aria-label="Ramverk"]');
        performance.mark('bench:heatmap-switch');
        const start = performance.timeOrigin + performance.now();
        const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set;
        setter.call(select, frameworkId);
        select.dispatchEvent(new Event('change', { bubbles: true }));
        // The first screenful of the new framework's rows, then all of them.
        const first = await window.__benchPainted(() => document.querySelector(`.heatmap button[aria-label^="Faktorgrupp 1 –"]`) !== null);
        performance.mark('bench:heatmap-first');
        const at = await window.__benchPainted(() => window.__heatmapRows() === rows && document.querySelectorAll('.heatmap button.heatmap-cell').length === rows * 31);
        performance.mark('bench:heatmap-painted');
        // Rows below the window are hidden on their first frames and made ordinary rows when the thread
        // is idle (useFreshRows): until none is left, and a frame after.
        const settled = await window.__benchPainted(() => document.querySelector('.heatmap-fresh') === null);
        return { start, first, at, settled };
      },
      { frameworkId: seeded.frameworkId, rows },
    );
    switchTimes.push(at - start);
    firstTimes.push(first - start);
    settledTimes.push(settled - start);
    longest.push(await longestSince(page, start));
  }
  return {
    label: `judgement heatmap of ${rows} factors × 30 projects and the programme, painted`,
    afterFrameworkSwitch: { ...stats(switchTimes), what: 'until every cell is on the page (those in the window painted)', longestMainThreadTaskMs: stats(longest) },
    firstRowsAfterFrameworkSwitch: { ...stats(firstTimes), what: 'until the first screenful of rows is painted' },
    rowsSettledAfterFrameworkSwitch: { ...stats(settledTimes), what: 'until the rows below the window, hidden on their first frames, are ordinary rows (in idle time; the longest task above includes this)' },
    afterNavigation: { ...stats(navigateTimes), what: 'from Dokument to Bedömningar until its first heatmap (the default framework) is painted' },
    target: 'under 100 ms',
  };
}

export async function benchAnalysis({ context, page, evaluationId, seeded }) {
  return {
    matrixAfterCoding: await afterCoding(context, page, evaluationId),
    matrixAfterFilter: await afterFilter(page, evaluationId),
    heatmap: await heatmap(page, evaluationId, seeded),
  };
}
