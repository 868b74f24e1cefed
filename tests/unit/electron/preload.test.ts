/**
 * The preload is a CommonJS file (`require('electron')`), which vi.mock cannot intercept and Vite does not
 * transform. So the test compiles the real source with TypeScript and runs it with a `require` that hands
 * out a mocked contextBridge/ipcRenderer and the real contract, and refuses every other module.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it, vi } from 'vitest';
import * as contract from '../../../shared/ports/ipc';
import type { SparbarApi } from '../../../shared/ports/ipc';

const PRELOAD = path.resolve(import.meta.dirname, '../../../electron/preload.cts');

// Every function of SparbarApi, checked both ways by the compiler.
const API_KEYS = ['openFiles', 'readOpenedFile', 'saveFile', 'setLanguage', 'appInfo', 'onMenuCommand', 'backupLocation', 'backupList', 'backupWrite', 'backupRead', 'backupDelete', 'backupChooseFolder'] as const satisfies readonly (keyof SparbarApi)[];
type MissingKey = Exclude<keyof SparbarApi, (typeof API_KEYS)[number]>;
const allKeysListed: [MissingKey] extends [never] ? true : false = true;

function loadPreload() {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  const ipcRenderer = {
    invoke: vi.fn(async (channel: string, ...args: unknown[]) => ({ channel, args })),
    on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)?.add(listener);
      return ipcRenderer;
    }),
    removeListener: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
      listeners.get(channel)?.delete(listener);
      return ipcRenderer;
    }),
    send: vi.fn(),
    sendSync: vi.fn(),
  };
  const exposed: Record<string, unknown> = {};
  const contextBridge = {
    exposeInMainWorld: vi.fn((key: string, api: unknown) => {
      exposed[key] = api;
    }),
  };
  const required: string[] = [];
  const fakeRequire = (id: string): unknown => {
    required.push(id);
    if (id === 'electron') return { contextBridge, ipcRenderer };
    if (id === '../shared/ports/ipc') return contract;
    throw new Error(`the preload may not require ${id}`);
  };
  const source = readFileSync(PRELOAD, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    fileName: PRELOAD,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
  });
  const module = { exports: {} };
  new Function('require', 'module', 'exports', outputText)(fakeRequire, module, module.exports);
  const emit = (channel: string, ...args: unknown[]) => {
    for (const listener of listeners.get(channel) ?? []) listener({ sender: ipcRenderer }, ...args);
  };
  return { exposed, contextBridge, ipcRenderer, required, emit, listeners };
}

describe('preload', () => {
  it('requires only electron and the contract (which the build inlines)', () => {
    const { required } = loadPreload();
    expect(new Set(required)).toEqual(new Set(['electron', '../shared/ports/ipc']));
  });

  it('exposes exactly the functions of SparbarApi as window.sparbar, and never ipcRenderer', () => {
    expect(allKeysListed).toBe(true);
    const { contextBridge, exposed, ipcRenderer } = loadPreload();
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(Object.keys(exposed)).toEqual(['sparbar']);
    const api = exposed.sparbar as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...API_KEYS].sort());
    for (const key of API_KEYS) expect(typeof api[key], key).toBe('function');
    expect(Object.keys(api)).not.toContain('ipcRenderer');
    expect(Object.values(api)).not.toContain(ipcRenderer);
    expect(Object.values(api)).not.toContain(ipcRenderer.invoke);
    expect(Object.values(api)).not.toContain(ipcRenderer.on);
  });

  it('invokes one channel per function, passing the argument through', async () => {
    const { exposed, ipcRenderer } = loadPreload();
    const api = exposed.sparbar as SparbarApi;
    const openRequest = { title: 't', filters: [], multiple: false };
    const saveRequest = { title: 't', suggestedName: 'a.docx', filters: [], bytes: new Uint8Array([1]) };
    const readRequest = { id: '0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d', offset: 0, length: 10 };
    await api.openFiles(openRequest);
    await api.readOpenedFile(readRequest);
    await api.saveFile(saveRequest);
    await expect(api.setLanguage('en')).resolves.toBeUndefined();
    await api.appInfo();
    const ref = { evaluationId: 'e1', name: 'e1_2026-12-07T05-13-10.123Z.sparbar' };
    const write = { ...ref, bytes: new Uint8Array([1]), meta: { evaluationId: 'e1', title: 't', savedAt: '2026-12-07T05:13:10.123Z', counts: null, encrypted: false } };
    await api.backupLocation();
    await api.backupList();
    await api.backupWrite(write);
    await api.backupRead(ref);
    await api.backupDelete(ref);
    await api.backupChooseFolder();
    expect(ipcRenderer.invoke.mock.calls).toEqual([
      [contract.IPC_CHANNELS.openFiles, openRequest],
      [contract.IPC_CHANNELS.readOpenedFile, readRequest],
      [contract.IPC_CHANNELS.saveFile, saveRequest],
      [contract.IPC_CHANNELS.setLanguage, 'en'],
      [contract.IPC_CHANNELS.appInfo],
      [contract.IPC_CHANNELS.backupLocation],
      [contract.IPC_CHANNELS.backupList],
      [contract.IPC_CHANNELS.backupWrite, write],
      [contract.IPC_CHANNELS.backupRead, ref],
      [contract.IPC_CHANNELS.backupDelete, ref],
      [contract.IPC_CHANNELS.backupChooseFolder],
    ]);
    expect(ipcRenderer.send).not.toHaveBeenCalled();
    expect(ipcRenderer.sendSync).not.toHaveBeenCalled();
  });

  it('forwards only valid menu commands, without the event, until unsubscribed', () => {
    const { exposed, emit, listeners } = loadPreload();
    const api = exposed.sparbar as SparbarApi;
    const listener = vi.fn();
    const unsubscribe = api.onMenuCommand(listener);
    emit(contract.MENU_COMMAND_CHANNEL, 'export-report');
    emit(contract.MENU_COMMAND_CHANNEL, 'rm -rf');
    emit(contract.MENU_COMMAND_CHANNEL, { command: 'about' });
    emit('some:other:channel', 'about');
    expect(listener.mock.calls).toEqual([['export-report']]);
    unsubscribe();
    expect(listeners.get(contract.MENU_COMMAND_CHANNEL)?.size).toBe(0);
    emit(contract.MENU_COMMAND_CHANNEL, 'about');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('refuses a menu listener that is not a function', () => {
    const { exposed } = loadPreload();
    const api = exposed.sparbar as SparbarApi;
    expect(() => api.onMenuCommand('nope' as unknown as () => void)).toThrow(TypeError);
  });
});
