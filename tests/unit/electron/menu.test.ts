import type { KeyboardEvent, MenuItem, MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../../electron/menu';
import { MENU_COMMANDS, type MenuCommand } from '../../../shared/ports/ipc';

type Item = MenuItemConstructorOptions;

function submenu(item: Item | undefined): Item[] {
  expect(Array.isArray(item?.submenu)).toBe(true);
  return item?.submenu as Item[];
}

function allItems(template: Item[]): Item[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? allItems(item.submenu as Item[]) : [])]);
}

function click(item: Item): void {
  item.click?.({} as MenuItem, undefined, {} as KeyboardEvent);
}

describe('buildMenuTemplate', () => {
  it('has Arkiv, Redigera, Visa, Fönster, Hjälp in Swedish', () => {
    const template = buildMenuTemplate('sv', vi.fn(), 'linux');
    expect(template.map((item) => item.label)).toEqual(['Arkiv', 'Redigera', 'Visa', 'Fönster', 'Hjälp']);
    expect(submenu(template[0]).filter((item) => item.type !== 'separator').map((item) => item.label)).toEqual([
      'Ny utvärdering…',
      'Öppna utvärdering…',
      'Öppna utvärderingsfil…',
      'Spara som utvärderingsfil…',
      'Slå ihop med en kollegas fil…',
      'Öppna demoutvärdering',
      'Importera dokument…',
      'Exportera rapport…',
      'Inställningar',
      'Avsluta',
    ]);
  });

  it('has File, Edit, View, Window, Help in English', () => {
    const template = buildMenuTemplate('en', vi.fn(), 'win32');
    expect(template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(submenu(template[0]).map((item) => item.label)).toContain('Export report…');
    expect(submenu(template[4]).map((item) => item.label)).toEqual(['About Spårbar']);
  });

  it('labels every item from the catalog (no missing key shows)', () => {
    for (const language of ['sv', 'en'] as const) {
      for (const platform of ['linux', 'darwin', 'win32'] as const) {
        for (const item of allItems(buildMenuTemplate(language, vi.fn(), platform, { dev: true }))) {
          if (item.type === 'separator') continue;
          // translate() answers with the key itself when the catalog lacks it.
          expect(item.label, `${language} ${platform} ${item.role ?? item.id}`).toBeTruthy();
          expect(item.label).not.toMatch(/^(menu|app)\./);
        }
      }
    }
  });

  it('sends each app command to the renderer from its item, with the accelerators', () => {
    const send = vi.fn<(command: MenuCommand) => void>();
    const items = allItems(buildMenuTemplate('sv', send, 'linux'));
    const commandItems = items.filter((item) => item.click);
    for (const item of commandItems) click(item);
    expect(new Set(send.mock.calls.map(([command]) => command))).toEqual(new Set(MENU_COMMANDS));
    const accelerators = Object.fromEntries(commandItems.map((item) => [item.id, item.accelerator]));
    expect(accelerators).toMatchObject({
      'new-evaluation': 'CmdOrCtrl+N',
      'open-evaluation': 'CmdOrCtrl+O',
      'save-evaluation-file': 'CmdOrCtrl+Shift+S',
      'import-document': 'CmdOrCtrl+I',
      'export-report': 'CmdOrCtrl+E',
      settings: 'CmdOrCtrl+,',
      undo: 'CmdOrCtrl+Z',
      redo: 'CmdOrCtrl+Shift+Z',
    });
    const exportItem = commandItems.find((item) => item.id === 'export-report');
    send.mockClear();
    if (exportItem) click(exportItem);
    expect(send).toHaveBeenCalledExactlyOnceWith('export-report');
  });

  it('uses roles for cut, copy, paste, zoom, full screen and window items', () => {
    const roles = allItems(buildMenuTemplate('sv', vi.fn(), 'linux')).map((item) => item.role).filter(Boolean);
    expect(roles).toEqual(
      expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen', 'minimize', 'quit']),
    );
    // Undo and redo are the app's own: the renderer undoes typing in a field, or else the last coding step.
    expect(roles).not.toContain('undo');
    expect(roles).not.toContain('redo');
  });

  it('sends undo and redo to the renderer from the top of the Edit menu, with each platform\'s accelerators', () => {
    for (const [platform, redoKeys] of [
      ['linux', 'CmdOrCtrl+Shift+Z'],
      ['win32', 'CmdOrCtrl+Shift+Z'],
      ['darwin', 'Shift+CmdOrCtrl+Z'],
    ] as const) {
      const send = vi.fn<(command: MenuCommand) => void>();
      const template = buildMenuTemplate('sv', send, platform);
      const edit = submenu(template.find((item) => item.label === 'Redigera'));
      const [undo, redo, separator] = edit;
      expect(undo, platform).toMatchObject({ id: 'undo', label: 'Ångra', accelerator: 'CmdOrCtrl+Z' });
      expect(redo, platform).toMatchObject({ id: 'redo', label: 'Gör om', accelerator: redoKeys });
      expect(undo?.role, platform).toBeUndefined();
      expect(redo?.role, platform).toBeUndefined();
      expect(separator?.type).toBe('separator');
      if (undo) click(undo);
      expect(send).toHaveBeenCalledExactlyOnceWith('undo');
      send.mockClear();
      if (redo) click(redo);
      expect(send).toHaveBeenCalledExactlyOnceWith('redo');
    }
    const english = submenu(buildMenuTemplate('en', vi.fn(), 'linux')[1]);
    expect(english.slice(0, 2).map((item) => item.label)).toEqual(['Undo', 'Redo']);
  });

  it('has no reload and no developer tools unless in development', () => {
    const packaged = allItems(buildMenuTemplate('sv', vi.fn(), 'linux')).map((item) => item.role);
    expect(packaged).not.toContain('reload');
    expect(packaged).not.toContain('toggleDevTools');
    expect(packaged).not.toContain('forceReload');
    const dev = allItems(buildMenuTemplate('sv', vi.fn(), 'linux', { dev: true })).map((item) => item.role);
    expect(dev).toContain('reload');
    expect(dev).toContain('toggleDevTools');
  });

  it('puts the app menu first on macOS, with about, settings and quit', () => {
    const send = vi.fn();
    const template = buildMenuTemplate('sv', send, 'darwin');
    expect(template.map((item) => item.label)).toEqual(['Spårbar', 'Arkiv', 'Redigera', 'Visa', 'Fönster']);
    const appMenu = submenu(template[0]);
    expect(appMenu.map((item) => item.id ?? item.role).filter(Boolean)).toEqual(['about', 'settings', 'services', 'hide', 'hideOthers', 'unhide', 'quit']);
    expect(submenu(template[1]).some((item) => item.role === 'quit')).toBe(false);
    const about = appMenu[0];
    if (about) click(about);
    expect(send).toHaveBeenCalledWith('about');
  });
});
