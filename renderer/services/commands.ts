import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../shared/ports/ipc';

/** Menu commands that a screen acts on, delivered even when the screen mounts after the command. */
const bus = new EventTarget();
let pending: MenuCommand | null = null;

export function dispatchCommand(command: MenuCommand): void {
  pending = command;
  bus.dispatchEvent(new CustomEvent('command', { detail: command }));
}

export function useMenuCommand(command: MenuCommand, handler: () => void): void {
  const ref = useRef(handler);
  useEffect(() => {
    ref.current = handler;
  });
  useEffect(() => {
    const run = () => {
      pending = null;
      ref.current();
    };
    if (pending === command) run();
    const listener = (event: Event) => {
      if ((event as CustomEvent<MenuCommand>).detail === command) run();
    };
    bus.addEventListener('command', listener);
    return () => bus.removeEventListener('command', listener);
  }, [command]);
}
