import { useEffect, useRef, type RefObject } from 'react';
import type { Code } from '../../../shared/domain';
import { codeForShortcut, isPaletteKey, isTypingTarget, shortcutKey } from './shortcuts';

interface Options {
  codes: readonly Code[];
  /** The palette's filter: Ctrl+K (Cmd+K) moves focus there. */
  filterRef: RefObject<HTMLInputElement | null>;
  /** A code's shortcut key was pressed outside any field. */
  onShortcut: (code: Code) => void;
  /** Any other key pressed outside a field (the reader's navigation keys); return true when handled. */
  onOtherKey?: (event: KeyboardEvent) => boolean;
}

/**
 * The coding keys of a screen: Ctrl+K to the palette's filter (from anywhere), and, when focus is not in
 * a field, a code's shortcut key applies the code.
 */
export function useCodingKeys({ codes, filterRef, onShortcut, onOtherKey }: Options): void {
  const latest = useRef({ codes, onShortcut, onOtherKey });
  useEffect(() => {
    latest.current = { codes, onShortcut, onOtherKey };
  }, [codes, onShortcut, onOtherKey]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      if (isPaletteKey(event)) {
        const filter = filterRef.current;
        if (!filter) return;
        event.preventDefault();
        filter.focus();
        filter.select();
        return;
      }
      if (isTypingTarget(document.activeElement) || document.querySelector('dialog[open]')) return;
      const code = codeForShortcut(latest.current.codes, shortcutKey(event));
      if (code) {
        event.preventDefault();
        latest.current.onShortcut(code);
        return;
      }
      if (latest.current.onOtherKey?.(event)) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [filterRef]);
}
