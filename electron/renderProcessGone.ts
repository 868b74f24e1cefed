/**
 * When the window's renderer process goes (a crash, out of memory, killed), Electron leaves a blank window.
 * Spårbar reloads the app page and tells the user what happened and that what was saved is kept. Crashes
 * in a row (the same file crashing it on every start of an import) stop the reloading: the user is asked
 * whether to try again or quit. The decision is pure; the window, the dialog and the clock are passed in.
 */
import type { ReportLanguage } from '../shared/domain/evaluation';
import { catalogFor, translate } from '../shared/i18n';

/** At most this many reloads within RELOAD_WINDOW_MS; the next crash asks instead. */
export const MAX_RELOADS = 3;
export const RELOAD_WINDOW_MS = 60_000;

/** What Electron's `render-process-gone` event tells (RenderProcessGoneDetails). */
export interface GoneDetails {
  reason: string;
  exitCode: number;
}

export type GoneDecision = { action: 'ignore' } | { action: 'reload' } | { action: 'ask'; count: number };

/**
 * What to do when the renderer went: nothing when it exited cleanly (the window is closing), else reload,
 * unless it has been reloaded MAX_RELOADS times within the last RELOAD_WINDOW_MS (`reloads`: the times of
 * the earlier reloads).
 */
export function goneDecision(details: GoneDetails, reloads: readonly number[], now: number): GoneDecision {
  if (details.reason === 'clean-exit') return { action: 'ignore' };
  const recent = reloads.filter((time) => now - time < RELOAD_WINDOW_MS).length;
  return recent >= MAX_RELOADS ? { action: 'ask', count: recent + 1 } : { action: 'reload' };
}

const REASON_KEYS: Record<string, string> = {
  oom: 'oom',
  crashed: 'crashed',
  killed: 'killed',
  'launch-failed': 'launchFailed',
  'integrity-failure': 'integrityFailure',
  'memory-eviction': 'memoryEviction',
};

/** The sentence saying why the window went, in the language. */
export function goneReason(language: ReportLanguage, details: GoneDetails): string {
  const key = REASON_KEYS[details.reason] ?? 'other';
  return translate(catalogFor(language), `dialog.rendererGone.reason.${key}`, { reason: details.reason, exitCode: details.exitCode });
}

export interface GoneMessage {
  type: 'warning' | 'error';
  message: string;
  detail: string;
  buttons?: string[];
  defaultId?: number;
  cancelId?: number;
}

export interface GoneEffects {
  language(): ReportLanguage;
  now(): number;
  /** Loads the app page again in the window. */
  reload(): void;
  /** Shows a message box over the window; resolves with the index of the button chosen. */
  showMessage(message: GoneMessage): Promise<number>;
  quit(): void;
}

/** The `render-process-gone` listener of one window; it keeps the times of that window's reloads. */
export function createGoneHandler(effects: GoneEffects): (details: GoneDetails) => Promise<void> {
  const reloads: number[] = [];
  const reload = () => {
    reloads.push(effects.now());
    effects.reload();
  };
  return async (details) => {
    const decision = goneDecision(details, reloads, effects.now());
    if (decision.action === 'ignore') return;
    const catalog = catalogFor(effects.language());
    const t = (key: string, values: Record<string, string | number> = {}) => translate(catalog, `dialog.rendererGone.${key}`, values);
    const reason = goneReason(effects.language(), details);
    if (decision.action === 'reload') {
      reload();
      await effects.showMessage({ type: 'warning', message: t('reloaded'), detail: `${reason} ${t('kept')}` });
      return;
    }
    const choice = await effects.showMessage({
      type: 'error',
      message: t('stopped', { count: decision.count }),
      detail: `${reason} ${t('stoppedAdvice')}`,
      buttons: [t('retry'), t('quit')],
      defaultId: 0,
      // Closing the box tries again: quitting is chosen, never fallen into.
      cancelId: 0,
    });
    if (choice === 0) reload();
    else effects.quit();
  };
}
