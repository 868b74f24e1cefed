/**
 * The entry wires everything onto Electron; here Electron is a mock, and the test checks the order and the
 * settings: privileged scheme before ready, single-instance lock, the locked-down window, the guards.
 */
import { EventEmitter } from 'node:events';
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
    expect(window.options).toMatchObject({
      title: 'Spårbar',
      show: false,
      minWidth: expect.any(Number),
      minHeight: expect.any(Number),
      webPreferences: {
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        webviewTag: false,
        spellcheck: false,
        preload: path.join(path.resolve('/opt/sparbar'), 'dist', 'electron', 'preload.cjs'),
      },
    });
    expect(window.loadURL).toHaveBeenCalledWith('app://sparbar/index.html');
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalled();
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
