/**
 * The native menu, built as a plain template in the UI's language. Items that belong to the app send a
 * MenuCommand to the renderer; editing, zoom and window items use Electron's roles.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { ReportLanguage } from '../shared/domain/evaluation';
import { catalogFor, translate } from '../shared/i18n';
import type { MenuCommand } from '../shared/ports/ipc';

export interface MenuOptions {
  /** Unpackaged development build: adds Reload and the developer tools to the View menu. */
  dev?: boolean;
}

export function buildMenuTemplate(
  language: ReportLanguage,
  send: (command: MenuCommand) => void,
  platform: NodeJS.Platform,
  options: MenuOptions = {},
): MenuItemConstructorOptions[] {
  const catalog = catalogFor(language);
  const t = (key: string): string => translate(catalog, `menu.${key}`);
  const isMac = platform === 'darwin';
  const command = (key: string, menuCommand: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    id: menuCommand,
    label: t(key),
    ...(accelerator ? { accelerator } : {}),
    click: () => send(menuCommand),
  });
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  const settings = command('settings', 'settings', 'CmdOrCtrl+,');
  const about = command('about', 'about');

  const appMenu: MenuItemConstructorOptions = {
    label: translate(catalog, 'app.name'),
    submenu: [
      about,
      separator,
      settings,
      separator,
      { role: 'services', label: t('services') },
      separator,
      { role: 'hide', label: t('hide') },
      { role: 'hideOthers', label: t('hideOthers') },
      { role: 'unhide', label: t('showAll') },
      separator,
      { role: 'quit', label: t('quit') },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: t('file'),
    submenu: [
      command('newEvaluation', 'new-evaluation', 'CmdOrCtrl+N'),
      command('openEvaluation', 'open-evaluation', 'CmdOrCtrl+O'),
      command('openEvaluationFile', 'open-evaluation-file'),
      command('saveEvaluationFile', 'save-evaluation-file', 'CmdOrCtrl+Shift+S'),
      command('mergeEvaluationFile', 'merge-evaluation-file'),
      command('openDemo', 'open-demo'),
      separator,
      command('importDocument', 'import-document', 'CmdOrCtrl+I'),
      command('exportReport', 'export-report', 'CmdOrCtrl+E'),
      separator,
      ...(isMac ? [{ role: 'close', label: t('close') } satisfies MenuItemConstructorOptions] : [settings, separator, { role: 'quit', label: t('quit') } satisfies MenuItemConstructorOptions]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: t('edit'),
    submenu: [
      // Undo and redo go to the renderer: it undoes typing in a text field, and coding steps elsewhere.
      command('undo', 'undo', 'CmdOrCtrl+Z'),
      command('redo', 'redo', isMac ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Shift+Z'),
      separator,
      { role: 'cut', label: t('cut') },
      { role: 'copy', label: t('copy') },
      { role: 'paste', label: t('paste') },
      separator,
      { role: 'selectAll', label: t('selectAll') },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: t('view'),
    submenu: [
      ...(options.dev
        ? [
            { role: 'reload', label: t('reload') } satisfies MenuItemConstructorOptions,
            { role: 'toggleDevTools', label: t('devTools') } satisfies MenuItemConstructorOptions,
            separator,
          ]
        : []),
      { role: 'resetZoom', label: t('resetZoom') },
      { role: 'zoomIn', label: t('zoomIn') },
      { role: 'zoomOut', label: t('zoomOut') },
      separator,
      { role: 'togglefullscreen', label: t('fullScreen') },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: t('window'),
    ...(isMac ? { role: 'window' as const } : {}),
    submenu: [
      { role: 'minimize', label: t('minimize') },
      ...(isMac
        ? [separator, { role: 'front', label: t('bringAllToFront') } satisfies MenuItemConstructorOptions]
        : [{ role: 'close', label: t('close') } satisfies MenuItemConstructorOptions]),
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    label: t('help'),
    role: 'help',
    submenu: [about],
  };

  return isMac ? [appMenu, fileMenu, editMenu, viewMenu, windowMenu] : [fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}
