// Web mode served for a script (the benchmarks and their profiles): serve-web.mjs on the given port,
// waited for until it answers. One home for starting it, so every script fails the same way when it
// does not come up.
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

/** Starts web mode on `port` and resolves once it answers: its address, and the function that stops it. */
export async function startWebServer(port) {
  const base = `http://127.0.0.1:${port}/`;
  const server = spawn(process.execPath, ['scripts/serve-web.mjs', '--port', String(port)], { stdio: ['ignore', 'ignore', 'inherit'] });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) return { base, stop: () => server.kill() };
    } catch {
      // not up yet
    }
    await sleep(100);
  }
  server.kill();
  throw new Error(`web mode did not start on port ${port}`);
}
