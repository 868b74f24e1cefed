/**
 * The desktop app in a real Electron window. Where the Electron binary was never downloaded (its download
 * is not reachable from these machines) the spec reports itself skipped with the reason.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
// Every function of SparbarApi, sorted (tests/unit/electron/preload.test.ts checks the list against the type).
const API_FUNCTIONS = ['appInfo', 'backupChooseFolder', 'backupDelete', 'backupList', 'backupLocation', 'backupRead', 'backupWrite', 'onMenuCommand', 'openFiles', 'readOpenedFile', 'saveFile', 'setLanguage'];

/**
 * Where the electron package put its binary, without requiring it (require('electron') would try to
 * download it). Mirrors node_modules/electron/index.js: path.txt names the executable under dist/.
 */
function findElectronBinary(): { path: string } | { error: string } {
  const packageDir = path.join(ROOT, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const name = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  if (override) return { path: path.join(override, name || 'electron') };
  if (!name) return { error: `${path.relative(ROOT, pathFile)} is missing, so the binary was never downloaded` };
  const executable = path.join(packageDir, 'dist', name);
  return existsSync(executable) ? { path: executable } : { error: `${path.relative(ROOT, executable)} is missing` };
}

const binary = findElectronBinary();

test.describe('Electron app', () => {
  test.skip('error' in binary, `Electron binary is not installed on this machine (its download is not reachable): ${'error' in binary ? binary.error : ''}`);

  let app: ElectronApplication;
  let page: Page;

  test.beforeAll(async () => {
    if (!('path' in binary)) return;
    // The web e2e run builds only the renderer; build main and preload when they are missing.
    if (!existsSync(path.join(ROOT, 'dist', 'electron', 'main.cjs'))) {
      execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build', '--config', 'electron.vite.config.ts'], {
        cwd: ROOT,
        stdio: 'inherit',
      });
    }
    const env = { ...process.env } as Record<string, string>;
    delete env.ELECTRON_RUN_AS_NODE;
    app = await electron.launch({
      executablePath: binary.path,
      // The app folder: Electron runs package.json's main, dist/electron/main.cjs, with the app's name
      // and version. Chromium refuses to start as root without --no-sandbox (CI containers).
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), ROOT],
      cwd: ROOT,
      env,
    });
    page = await app.firstWindow();
  });

  test.afterAll(async () => {
    await app?.close();
  });

  test('opens the Spårbar window on the first screen', async () => {
    const mainScript = await app.evaluate(({ app: electronApp }) => electronApp.getAppPath());
    expect(path.resolve(mainScript)).toBe(ROOT);
    await expect(page.getByRole('heading', { name: 'Utvärderingar', level: 1 })).toBeVisible();
    const title = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle());
    expect(title).toBe('Spårbar');
    expect(page.url()).toBe('app://sparbar/index.html');
  });

  test('exposes only the preload API to the page, and no Node', async () => {
    const shape = await page.evaluate(() => {
      const scope = globalThis as unknown as Record<string, unknown>;
      const api = (scope.sparbar ?? {}) as Record<string, unknown>;
      return {
        keys: Object.keys(api).sort(),
        types: Object.values(api).map((value) => typeof value),
        require: typeof scope.require,
        process: typeof scope.process,
        module: typeof scope.module,
        ipcRenderer: typeof scope.ipcRenderer,
      };
    });
    expect(shape.keys).toEqual(API_FUNCTIONS);
    expect(new Set(shape.types)).toEqual(new Set(['function']));
    expect(shape).toMatchObject({ require: 'undefined', process: 'undefined', module: 'undefined', ipcRenderer: 'undefined' });
    const info = await page.evaluate(() => (globalThis as unknown as { sparbar: { appInfo(): Promise<{ version: string }> } }).sparbar.appInfo());
    expect(info.version).toBe(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
  });

  test('makes no network request', async () => {
    const outcome = await page.evaluate(() =>
      fetch('https://example.com/').then(
        () => 'reached',
        () => 'blocked',
      ),
    );
    expect(outcome).toBe('blocked');
  });
});
