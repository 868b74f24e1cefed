import { describe, expect, it } from 'vitest';
import { createTestingPlatform } from '../../../renderer/platform/testingPlatform';
import type { MenuCommand } from '../../../shared/ports/ipc';

const REQUEST = { title: 'Öppna', filters: [{ name: 'Dokument', extensions: ['docx', 'pdf'] }], multiple: true };
const file = (name: string, text = name) => ({ name, bytes: new TextEncoder().encode(text) });

describe('the testing platform', () => {
  it('is web unless the test says electron', () => {
    expect(createTestingPlatform().kind).toBe('web');
    expect(createTestingPlatform('electron').kind).toBe('electron');
  });

  it('gives the files the test queued, one dialog at a time, then cancels', async () => {
    const platform = createTestingPlatform();
    platform.willOpen([file('a.docx'), file('b.pdf')], ['stor.pdf']);
    platform.willCancelOpen();
    platform.willOpen([file('c.txt')]);
    expect(await platform.openFiles(REQUEST)).toEqual({ cancelled: false, files: [file('a.docx'), file('b.pdf')], tooLarge: ['stor.pdf'] });
    expect(await platform.openFiles(REQUEST)).toEqual({ cancelled: true });
    expect(await platform.openFiles({ ...REQUEST, multiple: false })).toEqual({ cancelled: false, files: [file('c.txt')], tooLarge: [] });
    expect(await platform.openFiles(REQUEST)).toEqual({ cancelled: true });
  });

  it('records every open dialog asked for, as it was asked', async () => {
    const platform = createTestingPlatform();
    const request = { ...REQUEST, filters: [{ name: 'Tabeller', extensions: ['csv'] }] };
    await platform.openFiles(request);
    request.filters[0]?.extensions.push('xlsx');
    await platform.openFiles({ ...REQUEST, multiple: false });
    expect(platform.openRequests).toEqual([
      { ...REQUEST, filters: [{ name: 'Tabeller', extensions: ['csv'] }] },
      { ...REQUEST, multiple: false },
    ]);
  });

  it('records saved files with their bytes as they were when saved', async () => {
    const platform = createTestingPlatform();
    const bytes = new Uint8Array([1, 2, 3]);
    const save = { title: 'Spara', suggestedName: 'rapport.docx', filters: [{ name: 'Word', extensions: ['docx'] }], bytes, mimeType: 'application/octet-stream' };
    expect(await platform.saveFile(save)).toBe(true);
    bytes[0] = 9;
    expect(platform.saved).toEqual([{ ...save, bytes: new Uint8Array([1, 2, 3]) }]);
  });

  it('saves nothing while the test has the user cancel', async () => {
    const platform = createTestingPlatform();
    const save = { title: 'Spara', suggestedName: 'a.csv', filters: [], bytes: new Uint8Array([1]), mimeType: 'text/csv' };
    platform.cancelSaves(true);
    expect(await platform.saveFile(save)).toBe(false);
    platform.cancelSaves(false);
    expect(await platform.saveFile({ ...save, suggestedName: 'b.csv' })).toBe(true);
    expect(platform.saved.map((s) => s.suggestedName)).toEqual(['b.csv']);
  });

  it('records the languages set', () => {
    const platform = createTestingPlatform();
    expect(platform.languages).toEqual([]);
    platform.setLanguage('en');
    platform.setLanguage('sv');
    expect(platform.languages).toEqual(['en', 'sv']);
  });

  it('sends menu commands to the listeners until they stop listening', () => {
    const platform = createTestingPlatform();
    const heard: string[] = [];
    const listener = (command: MenuCommand) => heard.push(command);
    const stopFirst = platform.onMenuCommand(listener);
    const stopSecond = platform.onMenuCommand(listener);
    expect(platform.menuListeners).toBe(2);
    platform.sendMenuCommand('undo');
    expect(heard).toEqual(['undo', 'undo']);
    stopFirst();
    stopFirst();
    platform.sendMenuCommand('redo');
    expect(heard).toEqual(['undo', 'undo', 'redo']);
    stopSecond();
    expect(platform.menuListeners).toBe(0);
    platform.sendMenuCommand('undo');
    expect(heard).toHaveLength(3);
  });

  it('lets a listener stop listening while a command is sent', () => {
    const platform = createTestingPlatform();
    const heard: string[] = [];
    const stop = platform.onMenuCommand(() => {
      heard.push('first');
      stop();
    });
    platform.onMenuCommand(() => heard.push('second'));
    platform.sendMenuCommand('undo');
    platform.sendMenuCommand('undo');
    expect(heard).toEqual(['first', 'second', 'second']);
  });
});
