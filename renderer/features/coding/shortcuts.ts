import { normaliseShortcut } from '../../../shared/coding/newCode';
import type { Code } from '../../../shared/domain';

/** Whether keys typed now go into a field (text input, text area, select, editable content), not to the app. */
export function isTypingTarget(element: Element | null): boolean {
  if (!element) return false;
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return true;
  if (element instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(element.type);
  return element instanceof HTMLElement && element.isContentEditable;
}

/** The key of a keydown as a code shortcut ('a'…'ö', '0'…'9'), or null for any other key or a key with a modifier. */
export function shortcutKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): string | null {
  if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return null;
  return normaliseShortcut(event.key.length === 1 ? event.key : null);
}

/** The code a shortcut key applies, or null. */
export function codeForShortcut(codes: readonly Code[], key: string | null): Code | null {
  if (key === null) return null;
  return codes.find((code) => code.shortcut === key) ?? null;
}

/** Ctrl+K (Cmd+K on macOS) moves focus to the palette's filter. Ctrl+F stays the reader's find. */
export function isPaletteKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k';
}
