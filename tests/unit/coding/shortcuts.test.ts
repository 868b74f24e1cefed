import { describe, expect, it } from 'vitest';
import { codeForShortcut, isPaletteKey, shortcutKey } from '../../../renderer/features/coding/shortcuts';
import { code } from './fixtures';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });

describe('shortcut keys', () => {
  const codes = [code('a', 'Förankring', { shortcut: 'ö' }), code('b', 'Samarbete', { shortcut: '1' })];

  it('a digit or letter (å, ä, ö too) without modifiers applies its code', () => {
    expect(codeForShortcut(codes, shortcutKey(key('Ö')))?.id).toBe('a');
    expect(codeForShortcut(codes, shortcutKey(key('1')))?.id).toBe('b');
    expect(codeForShortcut(codes, shortcutKey(key('2')))).toBeNull();
  });

  it('keys with modifiers, and keys that are no shortcut, are left alone', () => {
    expect(shortcutKey(key('1', { ctrlKey: true }))).toBeNull();
    expect(shortcutKey(key('ö', { altKey: true }))).toBeNull();
    expect(shortcutKey(key('Enter'))).toBeNull();
    expect(shortcutKey(key(' '))).toBeNull();
  });

  it('Ctrl+K or Cmd+K goes to the palette; Ctrl+F stays find', () => {
    expect(isPaletteKey(key('k', { ctrlKey: true }))).toBe(true);
    expect(isPaletteKey(key('K', { metaKey: true }))).toBe(true);
    expect(isPaletteKey(key('f', { ctrlKey: true }))).toBe(false);
    expect(isPaletteKey(key('k'))).toBe(false);
  });
});
