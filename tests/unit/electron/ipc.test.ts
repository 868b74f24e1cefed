import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { IpcMain } from 'electron';
import type * as FsPromises from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  assertTrustedSender,
  createIpcHandlers,
  registerIpcHandlers,
  saveFile,
  writeFileAtomic,
  type InvokeEvent,
  type IpcEffects,
  type SenderFrame,
  type TrustedContents,
} from '../../../electron/ipc';
import { IPC_CHANNELS } from '../../../shared/ports/ipc';

// Pass-through spies on the file functions writeFileAtomic uses, to see the order of its steps.
const fsSpies = vi.hoisted(() => ({
  openedPaths: [] as string[],
  beforeRename: undefined as ((from: string, to: string) => void) | undefined,
}));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>();
  return {
    ...actual,
    open: (file: string, ...rest: Parameters<typeof actual.open> extends [unknown, ...infer R] ? R : never) => {
      fsSpies.openedPaths.push(String(file));
      return actual.open(file, ...rest);
    },
    rename: (from: string, to: string) => {
      fsSpies.beforeRename?.(from, to);
      return actual.rename(from, to);
    },
  };
});

const TRUSTED: TrustedContents = { id: 7, mainFrame: { processId: 3, routingId: 1 } };

/** An invoke event from the main frame of our window, with the frame's fields overridden; null: no frame. */
function event(frame: Partial<SenderFrame> | null = {}, senderId = TRUSTED.id): InvokeEvent {
  return {
    sender: { id: senderId },
    senderFrame: frame === null ? null : { url: 'app://sparbar/index.html', parent: null, processId: 3, routingId: 1, ...frame },
  };
}

describe('assertTrustedSender', () => {
  it('accepts the main frame of our window on the app origin', () => {
    expect(() => assertTrustedSender(event(), TRUSTED)).not.toThrow();
    expect(() => assertTrustedSender(event({ url: 'app://sparbar/index.html#/projects' }), TRUSTED)).not.toThrow();
  });

  it.each([
    ['no sender frame (null)', event(null)],
    ['no sender frame (undefined)', { sender: { id: TRUSTED.id }, senderFrame: undefined }],
    ['a web origin', event({ url: 'https://evil.example/index.html' })],
    ['another app host', event({ url: 'app://evil/index.html' })],
    ['a file page', event({ url: 'file:///index.html' })],
    ['about:blank', event({ url: 'about:blank' })],
    ['a data page', event({ url: 'data:text/html,<script></script>' })],
    ['a subframe on the app origin', event({ parent: { url: 'app://sparbar/index.html' }, routingId: 9 })],
    ['a subframe claiming the main routing id', event({ parent: {} })],
    ['another webContents', event({}, 8)],
    ['another frame in our process', event({ routingId: 2 })],
    ['another process', event({ processId: 4 })],
  ])('refuses %s', (_name, invokeEvent) => {
    expect(() => assertTrustedSender(invokeEvent, TRUSTED)).toThrow(/IPC refused/);
  });

  it('refuses everything when there is no window', () => {
    expect(() => assertTrustedSender(event(), null)).toThrow(/IPC refused/);
  });
});

function fakeEffects(overrides: Partial<IpcEffects> = {}) {
  const effects = {
    trustedContents: vi.fn(() => TRUSTED),
    showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] as string[] })),
    stat: vi.fn(async () => ({ size: 1, isFile: () => true })),
    readChunk: vi.fn(async () => ({ bytes: new Uint8Array([1]), size: 1 })),
    showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: undefined as string | undefined })),
    documentsDir: vi.fn(() => '/home/user/Documents'),
    writeFileAtomic: vi.fn(async () => undefined),
    setLanguage: vi.fn(),
    appInfo: vi.fn(() => ({ version: '0.1.0', platform: 'linux' })),
    userDataDir: vi.fn(() => '/nowhere/userData'),
    showFolderDialog: vi.fn(async () => ({ canceled: true, filePaths: [] as string[] })),
    ...overrides,
  };
  return effects;
}

const GOOD_OPEN = { title: 'Välj filer', filters: [{ name: 'Word', extensions: ['docx'] }], multiple: true };
const GOOD_SAVE = { title: 'Spara som', suggestedName: 'Rapport.docx', filters: [{ name: 'Word', extensions: ['docx'] }], bytes: new Uint8Array([80, 75]) };

describe('IPC handlers', () => {
  it('registers exactly one handler per channel of IPC_CHANNELS', () => {
    const handle = vi.fn();
    registerIpcHandlers({ handle } as unknown as IpcMain, fakeEffects());
    expect(handle.mock.calls.map(([channel]) => channel).sort()).toEqual(Object.values(IPC_CHANNELS).sort());
  });

  it('refuses an untrusted sender on every channel before doing anything', async () => {
    const effects = fakeEffects();
    const handlers = createIpcHandlers(effects);
    const args: Record<keyof typeof IPC_CHANNELS, unknown[]> = {
      openFiles: [GOOD_OPEN],
      readOpenedFile: [{ id: '0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d', offset: 0, length: 1 }],
      saveFile: [GOOD_SAVE],
      setLanguage: ['en'],
      appInfo: [],
      backupLocation: [],
      backupList: [],
      backupWrite: [{ name: 'e1_2026-12-07T05-13-10.123Z.sparbar', bytes: new Uint8Array([1]), meta: { evaluationId: 'e1', title: 't', savedAt: '2026-12-07T05:13:10.123Z', counts: null, encrypted: false } }],
      backupRead: [{ evaluationId: 'e1', name: 'e1_2026-12-07T05-13-10.123Z.sparbar' }],
      backupDelete: [{ evaluationId: 'e1', name: 'e1_2026-12-07T05-13-10.123Z.sparbar' }],
      backupChooseFolder: [],
    };
    for (const key of Object.keys(IPC_CHANNELS) as (keyof typeof IPC_CHANNELS)[]) {
      for (const bad of [event(null), event({ url: 'https://evil.example/' }), event({ parent: {} })]) {
        await expect(handlers[key](bad, ...args[key]), key).rejects.toThrow(/IPC refused/);
      }
    }
    expect(effects.showOpenDialog).not.toHaveBeenCalled();
    expect(effects.readChunk).not.toHaveBeenCalled();
    expect(effects.showSaveDialog).not.toHaveBeenCalled();
    expect(effects.writeFileAtomic).not.toHaveBeenCalled();
    expect(effects.setLanguage).not.toHaveBeenCalled();
    expect(effects.appInfo).not.toHaveBeenCalled();
    expect(effects.userDataDir).not.toHaveBeenCalled();
    expect(effects.showFolderDialog).not.toHaveBeenCalled();
  });

  it.each([
    ['not an object', 'open'],
    ['null', null],
    ['no multiple', { title: 't', filters: [] }],
    ['title not a string', { title: 1, filters: [], multiple: false }],
    ['title too long', { title: 'x'.repeat(501), filters: [], multiple: false }],
    ['filters not a list', { title: 't', filters: 'docx', multiple: false }],
    ['bad extension', { title: 't', filters: [{ name: 'x', extensions: ['../etc'] }], multiple: false }],
  ])('rejects a bad open request (%s) before opening a dialog', async (_name, request) => {
    const effects = fakeEffects();
    await expect(createIpcHandlers(effects).openFiles(event(), request)).rejects.toThrow();
    expect(effects.showOpenDialog).not.toHaveBeenCalled();
  });

  it.each([
    ['not an object', 42],
    ['a folder in the name', { ...GOOD_SAVE, suggestedName: '../Rapport.docx' }],
    ['an absolute name', { ...GOOD_SAVE, suggestedName: '/etc/passwd' }],
    ['a backslash in the name', { ...GOOD_SAVE, suggestedName: '..\\Rapport.docx' }],
    ['a hidden name', { ...GOOD_SAVE, suggestedName: '.bashrc' }],
    ['bytes as an array', { ...GOOD_SAVE, bytes: [1, 2, 3] }],
    ['bytes as a string', { ...GOOD_SAVE, bytes: 'PK' }],
    ['no title', { ...GOOD_SAVE, title: undefined }],
  ])('rejects a bad save request (%s) before opening a dialog', async (_name, request) => {
    const effects = fakeEffects();
    await expect(createIpcHandlers(effects).saveFile(event(), request)).rejects.toThrow();
    expect(effects.showSaveDialog).not.toHaveBeenCalled();
    expect(effects.writeFileAtomic).not.toHaveBeenCalled();
  });

  it('rejects a bad language and sets a good one', async () => {
    const effects = fakeEffects();
    const handlers = createIpcHandlers(effects);
    for (const bad of ['de', 'SV', '', null, 1, { language: 'en' }]) {
      await expect(handlers.setLanguage(event(), bad)).rejects.toThrow();
    }
    expect(effects.setLanguage).not.toHaveBeenCalled();
    await expect(handlers.setLanguage(event(), 'en')).resolves.toBeUndefined();
    expect(effects.setLanguage).toHaveBeenCalledWith('en');
  });

  it('answers appInfo', async () => {
    const effects = fakeEffects();
    await expect(createIpcHandlers(effects).appInfo(event())).resolves.toEqual({ version: '0.1.0', platform: 'linux' });
  });
});

describe('saveFile', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'sparbar-save-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('starts the dialog in Documents with the suggested name and writes the bytes', async () => {
    const target = path.join(dir, 'Utvärdering.docx');
    const showSaveDialog = vi.fn(async () => ({ canceled: false, filePath: target }));
    const effects = fakeEffects({ showSaveDialog, documentsDir: () => '/home/user/Documents', writeFileAtomic });
    const result = await saveFile(GOOD_SAVE, effects);
    expect(showSaveDialog).toHaveBeenCalledWith({
      title: 'Spara som',
      defaultPath: path.join('/home/user/Documents', 'Rapport.docx'),
      filters: GOOD_SAVE.filters,
    });
    expect(result).toEqual({ saved: true, fileName: 'Utvärdering.docx' });
    expect(new Uint8Array(await readFile(target))).toEqual(GOOD_SAVE.bytes);
    expect(await readdir(dir)).toEqual(['Utvärdering.docx']);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const effects = fakeEffects({ showSaveDialog: async () => ({ canceled: true, filePath: '' }) });
    expect(await saveFile(GOOD_SAVE, effects)).toEqual({ saved: false });
    expect(effects.writeFileAtomic).not.toHaveBeenCalled();
  });
});

describe('writeFileAtomic', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'sparbar-atomic-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('replaces an existing file whole and leaves no temporary file', async () => {
    const target = path.join(dir, 'report.docx');
    await writeFile(target, 'old content that is longer than the new one');
    await writeFileAtomic(target, new TextEncoder().encode('new'));
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['report.docx']);
  });

  it('writes a temporary file in the same folder and renames it over the target', async () => {
    const target = path.join(dir, 'report.docx');
    await writeFile(target, 'old');
    const payload = new Uint8Array(4 * 1024 * 1024).fill(7);
    let atRename: { from: string; to: string; target: string; temporaryBytes: number } | undefined;
    fsSpies.beforeRename = (from, to) => {
      atRename = { from, to, target: readFileSync(target, 'utf8'), temporaryBytes: readFileSync(from).byteLength };
    };
    try {
      await writeFileAtomic(target, payload);
    } finally {
      fsSpies.beforeRename = undefined;
    }
    // Until the rename the target kept its old content, and the temporary file already held every byte.
    expect(atRename).toMatchObject({ to: target, target: 'old', temporaryBytes: payload.byteLength });
    expect(path.dirname(atRename?.from ?? '')).toBe(dir);
    expect(path.basename(atRename?.from ?? '')).toMatch(/^\.report\.docx\..+\.tmp$/);
    expect(fsSpies.openedPaths).not.toContain(target);
    expect((await readFile(target)).byteLength).toBe(payload.byteLength);
    expect(await readdir(dir)).toEqual(['report.docx']);
  });

  it('leaves the target untouched and cleans up when the rename fails', async () => {
    const target = path.join(dir, 'taken');
    await mkdir(target);
    await writeFile(path.join(target, 'keep.txt'), 'keep');
    await expect(writeFileAtomic(target, new Uint8Array([1, 2, 3]))).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['taken']);
    expect(await readFile(path.join(target, 'keep.txt'), 'utf8')).toBe('keep');
  });

  it('fails without creating anything when the folder does not exist', async () => {
    await expect(writeFileAtomic(path.join(dir, 'missing', 'x.docx'), new Uint8Array([1]))).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });
});
