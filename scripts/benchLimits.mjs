// `npm run bench -- --only limits`: issue 13's five hostile files, each read by the built command line
// (`sparbar inspect FILE`) in a process of its own: wall time, the process's peak memory (its import
// worker included) and the one-line outcome. Target: each refused or read in under 10 s and 500 MB.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const TARGET = { seconds: 10, megabytes: 500 };

/** Runs `sparbar inspect --json FILE` in a fresh Node and returns its time, peak memory and outcome. */
function inspectOnce(file, work) {
  const script = `
    const { main } = await import(${JSON.stringify(pathToFileURL(path.resolve('dist/cli/sparbar.mjs')).href)});
    let out = '';
    const started = performance.now();
    const status = await main(['inspect', '--json', ${JSON.stringify(file)}], { stdout: (text) => { out += text; }, stderr: () => {} });
    const ms = performance.now() - started;
    const [entry] = JSON.parse(out);
    console.log(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024, status, outcome: entry.error ? entry.error.code : 'read', characters: entry.characters }));
  `;
  // A script file, not `-e`: the import worker inherits Node's flags, and `--input-type` refuses a file.
  const runner = path.join(work, 'inspect-once.mjs');
  writeFileSync(runner, script);
  return JSON.parse(execFileSync(process.execPath, [runner], { encoding: 'utf8', maxBuffer: 1 << 26 }));
}

export async function benchLimits() {
  execFileSync(process.execPath, ['bin/buildCli.mjs'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const { writeHostileBenchFiles } = await import(pathToFileURL(path.resolve('dist/bench/hostileLimits.mjs')).href);
  const work = mkdtempSync(path.join(tmpdir(), 'sparbar-limits-'));
  try {
    const results = writeHostileBenchFiles(work).map(({ label, path: file }) => {
      const run = inspectOnce(file, work);
      const seconds = Math.round(run.ms) / 1000;
      const megabytes = Math.round(run.maxRssMb);
      return { label, outcome: run.outcome, characters: run.characters, seconds, peakMemoryMb: megabytes, withinTarget: seconds < TARGET.seconds && megabytes < TARGET.megabytes };
    });
    return { benchmark: 'hostile-files', target: `each refused or read in under ${TARGET.seconds} s and ${TARGET.megabytes} MB`, results };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
