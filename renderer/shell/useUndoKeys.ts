import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Id } from '../../shared/domain';
import { useServices } from '../services/AppContext';
import { useMenuCommand } from '../services/commands';
import { redoStep, undoStep, type HistoryOutcome } from '../services/history';
import { useNotify } from '../ui/notify';
import { errorDetail } from '../ui/errorDetail';
import { summaryInLanguage } from '../../shared/coding/stepSummary';

function isEditable(element: Element | null): boolean {
  // A field marked so (the code palette's filter) leaves Ctrl+Z to the app's steps.
  if (!element || element.hasAttribute('data-app-undo')) return false;
  if (element instanceof HTMLTextAreaElement) return true;
  if (element instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(element.type);
  return element instanceof HTMLElement && element.isContentEditable;
}

/**
 * Ctrl+Z and Ctrl+Shift+Z (Cmd on macOS; Ctrl+Y too) and the Edit menu: in a text field they undo typing
 * as always; elsewhere they undo and redo the evaluation's coding and codebook steps, and say what was done.
 */
export function useUndoKeys(evaluationId: Id | null): (direction: 'undo' | 'redo') => void {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const { repos } = useServices();
  // In the desktop app the Edit menu's accelerators deliver these keys as menu commands.
  const menuHasKeys = useServices().platform.kind === 'electron';

  const run = useCallback(
    (direction: 'undo' | 'redo') => {
      if (isEditable(document.activeElement)) {
        document.execCommand(direction);
        return;
      }
      if (!evaluationId) return;
      const report = async (outcome: HistoryOutcome) => {
        if (outcome === null) notify(t(direction === 'undo' ? 'ui.history.nothingToUndo' : 'ui.history.nothingToRedo'));
        else if ('stale' in outcome) notify(t('ui.history.stale'));
        else {
          // The notice names what was undone: the code and the passage, as the log's line does.
          const action = t(`ui.audit.action.${outcome.done}`);
          const what = outcome.summary.trim() === '' ? '' : summaryInLanguage(outcome.summary, await repos.codes.list(evaluationId), i18n.language);
          if (what === '') notify(t(direction === 'undo' ? 'ui.history.undone' : 'ui.history.redone', { action }));
          else notify(t(direction === 'undo' ? 'ui.history.undoneWhat' : 'ui.history.redoneWhat', { action, what }));
        }
      };
      (direction === 'undo' ? undoStep(evaluationId) : redoStep(evaluationId))
        .then(report)
        .catch((error: unknown) => notify(t('ui.common.actionFailed', { detail: errorDetail(t, error) })));
    },
    [evaluationId, notify, t, i18n, repos],
  );

  useEffect(() => {
    if (menuHasKeys) return;
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      const direction = key === 'z' ? (event.shiftKey ? 'redo' : 'undo') : key === 'y' && !event.shiftKey ? 'redo' : null;
      if (!direction || isEditable(document.activeElement)) return;
      event.preventDefault();
      run(direction);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run, menuHasKeys]);

  useMenuCommand('undo', () => run('undo'));
  useMenuCommand('redo', () => run('redo'));
  return run;
}
