/**
 * The built bundles, from electron.vite.config.ts into a temporary folder: the sandboxed preload must be
 * one CommonJS file that requires nothing but 'electron' (the contract inlined), and main must need
 * nothing from node_modules at run time.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, MENU_COMMAND_CHANNEL } from '../../../shared/ports/ipc';

const ROOT = path.resolve(import.meta.dirname, '../../..');
let outDir: string;

beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'sparbar-electron-build-'));
  execFileSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--config', 'electron.vite.config.ts', '--outDir', outDir, '--logLevel', 'error'],
    { cwd: ROOT, stdio: 'pipe' },
  );
});

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

function requiredModules(code: string): string[] {
  return [...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((match) => match[1] ?? '');
}

describe('electron-vite build', () => {
  it('emits a CommonJS preload that requires only electron', async () => {
    const code = await readFile(path.join(outDir, 'preload', 'preload.cjs'), 'utf8');
    expect(new Set(requiredModules(code))).toEqual(new Set(['electron']));
    expect(code).not.toMatch(/\bimport\s*\(|^\s*import\s|^\s*export\s/m);
    expect(code).toContain(IPC_CHANNELS.openFiles);
    expect(code).toContain(MENU_COMMAND_CHANNEL);
  });

  it('runs with a sandbox-like require and exposes the API with the contract channels', async () => {
    const code = await readFile(path.join(outDir, 'preload', 'preload.cjs'), 'utf8');
    const invoke = vi.fn(async () => undefined);
    const exposeInMainWorld = vi.fn();
    const sandboxRequire = (id: string) => {
      if (id === 'electron') return { contextBridge: { exposeInMainWorld }, ipcRenderer: { invoke, on: vi.fn(), removeListener: vi.fn() } };
      throw new Error(`module not found: ${id}`);
    };
    const module = { exports: {} };
    runInNewContext(code, { require: sandboxRequire, module, exports: module.exports });
    expect(exposeInMainWorld).toHaveBeenCalledWith('sparbar', expect.any(Object));
    const api = exposeInMainWorld.mock.calls[0]?.[1] as { appInfo(): Promise<unknown> };
    await api.appInfo();
    expect(invoke).toHaveBeenCalledWith(IPC_CHANNELS.appInfo);
  });

  it('emits a CommonJS main that needs only electron and Node built-ins', async () => {
    const code = await readFile(path.join(outDir, 'main', 'main.cjs'), 'utf8');
    for (const id of requiredModules(code)) expect(id === 'electron' || id.startsWith('node:'), id).toBe(true);
    expect(code).not.toMatch(/^\s*import\s|^\s*export\s/m);
    expect(code).toContain('registerSchemesAsPrivileged');
    expect(code).toContain('requestSingleInstanceLock');
  });
});
