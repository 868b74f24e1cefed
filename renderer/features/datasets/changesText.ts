import type { TFunction } from 'i18next';
import type { DatasetChanges } from '../../store';

/** What replacing a dataset changed, each count agreeing with its word: "1 ny, 2 ändrade, 0 borttagna, 5 oförändrade rader". */
export function changesText(t: TFunction, changes: Pick<DatasetChanges, 'added' | 'changed' | 'removed' | 'unchanged'>): string {
  return t('ui.datasets.changes', {
    added: t('ui.datasets.added', { count: changes.added }),
    changed: t('ui.datasets.changed', { count: changes.changed }),
    removed: t('ui.datasets.removed', { count: changes.removed }),
    unchanged: t('ui.datasets.unchanged', { count: changes.unchanged }),
  });
}
