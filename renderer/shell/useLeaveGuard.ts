import { useEffect } from 'react';
import { useWorkRunning } from '../services/runningWork';

/**
 * While work runs (an import, an auto-coding, an evaluation file opened or saved), closing or reloading
 * the window asks first: the listener is there only then. The browser words the question itself; the
 * desktop app asks in its own dialog (electron/main.ts, 'will-prevent-unload').
 */
export function useLeaveGuard(): void {
  const running = useWorkRunning();
  useEffect(() => {
    if (!running) return;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older Chromium (and Electron) ask only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [running]);
}
