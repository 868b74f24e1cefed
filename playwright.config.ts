import { defineConfig } from '@playwright/test';

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

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
    baseURL: 'http://127.0.0.1:4173/',
    locale: 'sv-SE',
    acceptDownloads: true,
    launchOptions: { executablePath: chromium },
  },
  projects: [
    { name: 'web', testDir: 'tests/e2e', testMatch: /.*\.spec\.ts/ },
    { name: 'electron', testDir: 'tests/electron', testMatch: /.*\.spec\.ts/ },
  ],
  webServer: {
    command: 'node scripts/serve-web.mjs --port 4173',
    url: 'http://127.0.0.1:4173/',
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
