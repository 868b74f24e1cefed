import { execFileSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * A port of its own for the test server, so the tests run while the app is open in web mode
 * (WEB_MODE_PORT, scripts/webModePort.mjs; a fresh browser profile, so no data is shared either). Picked
 * once by asking the system for a free port; the environment carries it to Playwright's worker processes,
 * which load this file again. SPARBAR_E2E_PORT chooses one by hand.
 */
function freePort(): string {
  const script = "const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close();});";
  return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim();
}
process.env.SPARBAR_E2E_PORT ||= freePort();
const port = process.env.SPARBAR_E2E_PORT;
const baseURL = `http://127.0.0.1:${port}/`;

// End-to-end tests drive the built web mode in Debian's Chromium; the Electron spec runs where the
// Electron binary exists and reports itself skipped, with the reason, where it does not.
export default defineConfig({
  testDir: 'tests',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['./tests/reporters/skipReasons.ts']],
  timeout: 60_000,
  use: {
    baseURL,
    locale: 'sv-SE',
    acceptDownloads: true,
    launchOptions: { executablePath: chromium },
  },
  projects: [
    { name: 'web', testDir: 'tests/e2e', testMatch: /.*\.spec\.ts/ },
    { name: 'electron', testDir: 'tests/electron', testMatch: /.*\.spec\.ts/ },
  ],
  webServer: {
    command: `node scripts/serve-web.mjs --port ${port}`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
