/**
 * The preload (CommonJS, sandboxed): exposes `window.sparbar`, one function per IPC channel of the
 * contract, and never ipcRenderer itself. Bundled to dist/electron/preload.cjs with the contract inlined,
 * since a sandboxed preload can require only 'electron' and a few built-ins at run time.
 */
import type * as Electron from 'electron';
import type * as Contract from '../shared/ports/ipc';

const { contextBridge, ipcRenderer } = require('electron') as typeof Electron;
const { IPC_CHANNELS, MENU_COMMAND_CHANNEL, isMenuCommand } = require('../shared/ports/ipc') as typeof Contract;

const api: Contract.SparbarApi = {
  openFiles: (request) => ipcRenderer.invoke(IPC_CHANNELS.openFiles, request),
  readOpenedFile: (request) => ipcRenderer.invoke(IPC_CHANNELS.readOpenedFile, request),
  saveFile: (request) => ipcRenderer.invoke(IPC_CHANNELS.saveFile, request),
  setLanguage: async (language) => {
    await ipcRenderer.invoke(IPC_CHANNELS.setLanguage, language);
  },
  appInfo: () => ipcRenderer.invoke(IPC_CHANNELS.appInfo),
  backupLocation: () => ipcRenderer.invoke(IPC_CHANNELS.backupLocation),
  backupList: () => ipcRenderer.invoke(IPC_CHANNELS.backupList),
  backupWrite: (request) => ipcRenderer.invoke(IPC_CHANNELS.backupWrite, request),
  backupRead: (ref) => ipcRenderer.invoke(IPC_CHANNELS.backupRead, ref),
  backupDelete: (ref) => ipcRenderer.invoke(IPC_CHANNELS.backupDelete, ref),
  backupChooseFolder: () => ipcRenderer.invoke(IPC_CHANNELS.backupChooseFolder),
  onMenuCommand: (listener) => {
    if (typeof listener !== 'function') throw new TypeError('onMenuCommand needs a function');
    const forward = (_event: Electron.IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, forward);
    };
  },
};

contextBridge.exposeInMainWorld('sparbar', api);
