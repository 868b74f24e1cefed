/**
 * The entry wires everything onto Electron; here Electron is a mock, and the test checks the order and the
 * settings: privileged scheme before ready, single-instance lock, the locked-down window, the guards.
 */
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { IPC_CHANNELS, MENU_COMMAND_CHANNEL } from '../../../shared/ports/ipc';

const electron = vi.hoisted(() => {
  const state = {
    log: [] as string[],
    lock: true,
    packaged: false,
    resolveReady: () => {},
    windows: [] as Array<Record<string, unknown> & { options: Record<string, unknown>; emit: (event: string, ...args: unknown[]) => boolean }>,
    app: undefined as unknown as Record<string, unknown> & { emit: (event: string, ...args: unknown[]) => boolean },
    protocol: {} as { registerSchemesAsPrivileged: Mock; handle: Mock },
    session: {} as Record<string, unknown>,
    ipcMain: {} as { handle: Mock },
    Menu: {} as { buildFromTemplate: Mock; setApplicationMenu: Mock },
    dialog: {} as Record<string, Mock>,
  };
  return state;
});

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const mock = vi.fn;
  const logged =
    (name: string, result?: unknown) =>
    (..._args: unknown[]) => {
      electron.log.push(name);
      return result;
    };
  class BrowserWindow extends Emitter {
    static getAllWindows = () => electron.windows;
    options: Record<string, unknown>;
    webContents = Object.assign(new Emitter(), { id: 1, mainFrame: { processId: 1, routingId: 1 }, send: mock() });
    show = mock();
    focus = mock();
    restore = mock();
    isMinimized = mock(() => true);
    isDestroyed = () => false;
    loadURL = mock(async () => undefined);
    constructor(options: Record<string, unknown>) {
      super();
      electron.log.push('new BrowserWindow');
      this.options = options;
      electron.windows.push(this as never);
    }
  }
  const app = Object.assign(new Emitter(), {
    requestSingleInstanceLock: mock(() => {
      electron.log.push('requestSingleInstanceLock');
      return electron.lock;
    }),
    quit: mock(logged('quit')),
    exit: mock(),
    enableSandbox: mock(logged('enableSandbox')),
    setAppUserModelId: mock(),
    whenReady: mock(() => {
      electron.log.push('whenReady');
      return new Promise<void>((resolve) => {
        electron.resolveReady = () => {
          electron.log.push('ready');
          resolve();
        };
      });
    }),
    isReady: () => true,
    getAppPath: () => path.resolve('/opt/sparbar'),
    getPath: (name: string) => path.resolve(`/home/user/${name}`),
    getVersion: () => '0.1.0',
  });
  // A getter (Object.assign would copy its value once).
  Object.defineProperty(app, 'isPackaged', { get: () => electron.packaged });
  electron.app = app as never;
  electron.protocol = { registerSchemesAsPrivileged: mock(logged('registerSchemesAsPrivileged')), handle: mock(logged('protocol.handle')) };
  electron.session = {
    defaultSession: {
      setPermissionRequestHandler: mock(),
      setPermissionCheckHandler: mock(),
      setDevicePermissionHandler: mock(),
      webRequest: { onBeforeRequest: mock(logged('onBeforeRequest')) },
    },
  };
  electron.ipcMain = { handle: mock() };
  electron.Menu = { buildFromTemplate: mock((template: unknown) => ({ template })), setApplicationMenu: mock(logged('setApplicationMenu')) };
  electron.dialog = { showOpenDialog: mock(), showSaveDialog: mock(), showMessageBox: mock(), showMessageBoxSync: mock(), showErrorBox: mock() };
  const module = { app, BrowserWindow, protocol: electron.protocol, session: electron.session, ipcMain: electron.ipcMain, Menu: electron.Menu, dialog: electron.dialog };
  return { ...module, default: module };
});

async function start({ lock = true, packaged = false } = {}) {
  electron.log.length = 0;
  electron.windows.length = 0;
  electron.lock = lock;
  electron.packaged = packaged;
  vi.resetModules();
  await import('../../../electron/main');
}

async function ready() {
  electron.resolveReady();
  await vi.waitFor(() => expect(electron.windows).toHaveLength(1));
  const window = electron.windows[0];
  if (!window) throw new Error('no window');
  return window;
}

function beforeRequestDecision(url: string) {
  const onBeforeRequest = (electron.session.defaultSession as { webRequest: { onBeforeRequest: Mock } }).webRequest.onBeforeRequest;
  const listener = onBeforeRequest.mock.calls.at(-1)?.[0] as (details: { url: string }, callback: (response: unknown) => void) => void;
  let decision: unknown;
  listener({ url }, (response) => (decision = response));
  return decision;
}

/** Every key of Electron's WebPreferences, from the installed Electron's types. */
function webPreferenceKeys(): string[] {
  const types = readFileSync(path.resolve(import.meta.dirname, '../../../node_modules/electron/electron.d.ts'), 'utf8');
  const body = /^ {2}interface WebPreferences \{\n([\s\S]*?)^ {2}\}/m.exec(types)?.[1] ?? '';
  return [...body.matchAll(/^ {4}(\w+)\??:/gm)].map((match) => match[1] ?? '');
}

/** The window's settings that bear on security, each as the window must have it. */
const SECURE_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  plugins: false,
  enableWebSQL: false,
  enableDeprecatedPaste: false,
  safeDialogs: true,
  navigateOnDragDrop: false,
  // Chromium's spell checker fetches dictionaries from the network.
  spellcheck: false,
};

/**
 * The rest of WebPreferences, left unset on purpose: each is either Electron's safe default or not about
 * security. A key that a new Electron adds is in neither list, and the test says so.
 */
const LEFT_AT_DEFAULT: Record<string, string> = {
  // Unset so that no one adds flags, features or a session of their own behind the guards.
  additionalArguments: 'no extra command-line switches for the renderer',
  enableBlinkFeatures: 'no experimental Blink features switched on',
  disableBlinkFeatures: 'nothing of Blink switched off either',
  partition: 'the default session, which guardSession locks down',
  session: 'the default session, which guardSession locks down',
  javascript: 'on (the app is a script)',
  images: 'on',
  webgl: 'on (Chromium default; nothing of the app uses it)',
  disableDialogs: 'the page may confirm (beforeunload), safeDialogs stops floods',
  safeDialogsMessage: 'Electron’s wording',
  offscreen: 'a visible window',
  transparent: 'an opaque window',
  autoplayPolicy: 'Chromium default',
  backgroundThrottling: 'Chromium default',
  focusOnNavigation: 'Chromium default',
  imageAnimationPolicy: 'Chromium default',
  accessibleTitle: 'the window title',
  defaultEncoding: 'UTF-8 pages',
  defaultFontFamily: 'the stylesheet sets fonts',
  defaultFontSize: 'the stylesheet sets sizes',
  defaultMonospaceFontSize: 'the stylesheet sets sizes',
  minimumFontSize: 'the user may zoom',
  disableHtmlFullscreenWindowResize: 'Chromium default',
  disableWakeLocks: 'Chromium default',
  enablePreferredSizeMode: 'not used',
  scrollBounce: 'macOS default',
  textAreasAreResizable: 'Chromium default',
  zoomFactor: '1',
  zoomMode: 'Chromium default',
  v8CacheOptions: 'Chromium default (code cache)',
};

describe('electron/main', () => {
  beforeEach(() => {
    vi.clearAllMocks();
  });

  it('registers app:// as a privileged scheme and sandboxes everything before ready, then takes the lock', async () => {
    await start();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, stream: true } },
    ]);
    expect(electron.log.slice(0, 3)).toEqual(['registerSchemesAsPrivileged', 'enableSandbox', 'requestSingleInstanceLock']);
    expect(electron.log).not.toContain('ready');
    expect(electron.windows).toHaveLength(0);
  });

  it('quits when another instance holds the lock', async () => {
    await start({ lock: false });
    expect(electron.log).toContain('quit');
    expect(electron.log).not.toContain('whenReady');
  });

  it('on ready serves app://, guards the session, registers the IPC handlers and menu, and opens a locked-down window', async () => {
    await start();
    const window = await ready();
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(electron.ipcMain.handle.mock.calls.map(([channel]) => channel).sort()).toEqual(Object.values(IPC_CHANNELS).sort());
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalled();
    const order = electron.log.filter((entry) => ['protocol.handle', 'onBeforeRequest', 'setApplicationMenu', 'new BrowserWindow'].includes(entry));
    expect(order.at(-1)).toBe('new BrowserWindow');
    expect(window.options).toMatchObject({ title: 'Spårbar', show: false, minWidth: expect.any(Number), minHeight: expect.any(Number) });
    // Exactly these, nothing else: no setting of WebPreferences is set that the test does not check.
    expect(window.options.webPreferences).toEqual({
      ...SECURE_PREFERENCES,
      preload: path.join(path.resolve('/opt/sparbar'), 'dist', 'electron', 'preload.cjs'),
      devTools: true,
    });
    expect(window.loadURL).toHaveBeenCalledWith('app://sparbar/index.html');
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalled();
  });

  it("checks or leaves to its default on purpose every one of Electron's WebPreferences", () => {
    const keys = webPreferenceKeys();
    expect(keys.length).toBeGreaterThan(30);
    const classified = [...Object.keys(SECURE_PREFERENCES), ...Object.keys(LEFT_AT_DEFAULT), 'preload', 'devTools'];
    expect(keys.filter((key) => !classified.includes(key)), 'WebPreferences neither checked nor left at default').toEqual([]);
    expect(classified.filter((key) => !keys.includes(key)), 'not a WebPreferences key in this Electron').toEqual([]);
  });

  it('reloads the window when its renderer goes, and says what happened', async () => {
    await start();
    const window = await ready();
    electron.dialog.showMessageBox!.mockResolvedValue({ response: 0 });
    const contents = window.webContents as unknown as EventEmitter;
    const loads = (window.loadURL as Mock).mock.calls.length;
    contents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    expect((window.loadURL as Mock).mock.calls.length).toBe(loads);
    contents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 0 });
    expect(window.loadURL).toHaveBeenLastCalledWith('app://sparbar/index.html');
    expect((window.loadURL as Mock).mock.calls.length).toBe(loads + 1);
    await vi.waitFor(() => expect(electron.dialog.showMessageBox).toHaveBeenCalled());
    expect(electron.dialog.showMessageBox!.mock.calls[0]?.[0]).toBe(window);
    expect(electron.dialog.showMessageBox!.mock.calls[0]?.[1]).toMatchObject({ type: 'warning', message: 'Spårbars fönster slutade fungera och har lästs in igen.' });
  });

  it('the protocol handler serves the renderer from dist/renderer and refuses other hosts', async () => {
    await start();
    await ready();
    const handler = electron.protocol.handle.mock.calls[0]?.[1] as (request: Request) => Promise<Response>;
    expect((await handler(new Request('app://evil/index.html'))).status).toBe(403);
    // /opt/sparbar does not exist here: a missing file, not an error.
    expect((await handler(new Request('app://sparbar/index.html'))).status).toBe(404);
  });

  it('cancels network requests and keeps DevTools out of packaged builds', async () => {
    await start({ packaged: true });
    const window = await ready();
    expect(beforeRequestDecision('https://example.com/')).toEqual({ cancel: true });
    expect(beforeRequestDecision('devtools://devtools/bundled/inspector.html')).toEqual({ cancel: true });
    expect(beforeRequestDecision('app://sparbar/index.html')).toEqual({ cancel: false });
    expect((window.options.webPreferences as Record<string, unknown>).devTools).toBe(false);
  });

  it('focuses and restores the window when a second instance starts', async () => {
    await start();
    const window = await ready();
    electron.app.emit('second-instance');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('asks before the page goes while work runs (will-prevent-unload): closing anyway lets it go, staying keeps it', async () => {
    await start();
    const window = await ready();
    const contents = window.webContents as unknown as EventEmitter;
    for (const [choice, leaves] of [
      [1, true],
      [0, false],
    ] as const) {
      electron.dialog.showMessageBoxSync!.mockReturnValueOnce(choice);
      const event = { preventDefault: vi.fn() };
      contents.emit('will-prevent-unload', event);
      expect(event.preventDefault).toHaveBeenCalledTimes(leaves ? 1 : 0);
    }
    expect(electron.dialog.showMessageBoxSync!.mock.calls[0]?.[1]).toMatchObject({ buttons: ['Stanna kvar', 'Stäng ändå'], cancelId: 0 });
  });

  it('sends menu commands to the window', async () => {
    await start();
    const window = await ready();
    const template = electron.Menu.buildFromTemplate.mock.calls.at(-1)?.[0] as Array<{ submenu: Array<{ id?: string; click?: () => void }> }>;
    template[0]?.submenu.find((item) => item.id === 'new-evaluation')?.click?.();
    expect((window.webContents as { send: Mock }).send).toHaveBeenCalledWith(MENU_COMMAND_CHANNEL, 'new-evaluation');
  });

  it('guards every webContents the app creates', async () => {
    await start();
    const contents = Object.assign(new EventEmitter(), { getURL: () => 'app://sparbar/index.html', setWindowOpenHandler: vi.fn() });
    electron.app.emit('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    const preventDefault = vi.fn();
    contents.emit('will-navigate', { url: 'https://example.com/', preventDefault });
    expect(preventDefault).toHaveBeenCalled();
  });
});
