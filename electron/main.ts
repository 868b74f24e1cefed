/**
 * The Electron main process: one window showing the built renderer over `app://sparbar/`, locked down
 * (context isolation, sandbox, no Node in the page, no navigation, no permissions, no network), with the
 * native menu and the IPC handlers of the contract. No auto-update, no telemetry, no network.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session } from 'electron';
import type { ReportLanguage } from '../shared/domain/evaluation';
import { catalogFor, translate } from '../shared/i18n';
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '../shared/ports/ipc';
import { registerIpcHandlers, writeFileAtomic } from './ipc';
import { readFileChunk } from './openFiles';
import { buildMenuTemplate } from './menu';
import { createGoneHandler } from './renderProcessGone';
import { APP_ENTRY_URL, APP_SCHEME, createAppProtocolHandler } from './protocol';
import { guardAllWebContents, guardSession } from './security';

// Must happen before the app is ready: app:// behaves like https (standard, secure origin, fetch).
protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, stream: true },
  },
]);
// Every renderer sandboxed, whatever a webPreferences says.
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;
let language: ReportLanguage = 'sv';

/**
 * The folder holding package.json and dist/. `electron .` makes it the app path; `electron
 * dist/electron/main.cjs` makes the script's folder the app path, two levels below.
 */
function appRoot(): string {
  const appPath = app.getAppPath();
  const parent = path.dirname(appPath);
  return path.basename(appPath) === 'electron' && path.basename(parent) === 'dist' ? path.dirname(parent) : appPath;
}

function documentsDir(): string {
  try {
    return app.getPath('documents');
  } catch {
    return app.getPath('home');
  }
}

function sendMenuCommand(command: MenuCommand): void {
  if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(MENU_COMMAND_CHANNEL, command);
  else createWindow();
}

function setLanguage(next: ReportLanguage): void {
  language = next;
  const template = buildMenuTemplate(language, sendMenuCommand, process.platform, { dev: !app.isPackaged });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function focusMainWindow(): void {
  if (!mainWindow || mainWindow.isDestroyed()) {
    createWindow();
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    title: translate(catalogFor(language), 'app.name'),
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: path.join(appRoot(), 'dist', 'electron', 'preload.cjs'),
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
      // A page cannot paste on its own (document.execCommand('paste')), nor pile up alert() dialogs.
      enableDeprecatedPaste: false,
      safeDialogs: true,
      navigateOnDragDrop: false,
      // The spell checker downloads its dictionaries from the network on Windows and Linux.
      spellcheck: false,
      devTools: !app.isPackaged,
    },
  });
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  // The window keeps the app's name as its title, whatever the page's <title> says.
  window.on('page-title-updated', (event) => event.preventDefault());
  // The page asks before it goes while work runs (renderer/shell/useLeaveGuard.ts); Electron would then
  // just not close, so the question is asked here. Choosing to close lets the page go.
  window.webContents.on('will-prevent-unload', (event) => {
    const catalog = catalogFor(language);
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      buttons: [translate(catalog, 'dialog.leaveStay'), translate(catalog, 'dialog.leaveAnyway')],
      defaultId: 0,
      cancelId: 0,
      message: translate(catalog, 'dialog.leaveMessage'),
    });
    if (choice === 1) event.preventDefault();
  });
  // The renderer crashed or was killed: load the app again and say what happened (electron/renderProcessGone.ts).
  const onGone = createGoneHandler({
    language: () => language,
    now: () => Date.now(),
    reload: () => {
      if (!window.isDestroyed()) void window.loadURL(APP_ENTRY_URL);
    },
    showMessage: async (message) => (window.isDestroyed() ? dialog.showMessageBox(message) : dialog.showMessageBox(window, message)).then((result) => result.response),
    quit: () => app.quit(),
  });
  window.webContents.on('render-process-gone', (_event, details) => {
    if (!window.isDestroyed()) void onGone(details);
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

function dialogParent(): BrowserWindow | null {
  return mainWindow && !mainWindow.isDestroyed() ? mainWindow : null;
}

function onReady(): void {
  const root = appRoot();
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler({ rootDir: path.join(root, 'dist', 'renderer'), readFile: (file) => readFile(file) }),
  );
  guardSession(session.defaultSession, { allowDevtools: !app.isPackaged });
  registerIpcHandlers(ipcMain, {
    trustedContents: () => dialogParent()?.webContents ?? null,
    showOpenDialog: (options) => {
      const parent = dialogParent();
      return parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options);
    },
    stat: (file) => stat(file),
    readChunk: readFileChunk,
    showSaveDialog: (options) => {
      const parent = dialogParent();
      return parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options);
    },
    documentsDir,
    writeFileAtomic,
    setLanguage,
    appInfo: () => ({ version: app.getVersion(), platform: process.platform }),
    userDataDir: () => app.getPath('userData'),
    showFolderDialog: () => {
      const options = { title: translate(catalogFor(language), 'dialog.backupFolderTitle'), properties: ['openDirectory' as const, 'createDirectory' as const] };
      const parent = dialogParent();
      return parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options);
    },
  });
  setLanguage(language);
  createWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.setAppUserModelId('se.sparbar.app');
  guardAllWebContents(app);
  app.on('second-instance', focusMainWindow);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) createWindow();
  });
  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => {
      dialog.showErrorBox('Spårbar', error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}
