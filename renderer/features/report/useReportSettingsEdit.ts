import { useCallback, useRef } from 'react';
import type { Id } from '../../../shared/domain';
import type { ReportSettings } from '../../../shared/domain/reportSettings';
import { useServices } from '../../services/AppContext';
import { recordWhenWritten } from '../../services/history';

export type ReportSettingsPatch = Partial<Omit<ReportSettings, 'evaluationId' | 'updatedAt'>>;

/**
 * Saves a change to the report's settings as one undoable step. Changes are written one after the other,
 * and a patch may be made from the settings as stored at that moment (`(current) => patch`), so two texts
 * saved in quick succession never undo each other.
 */
export function useReportSettingsEdit(evaluationId: Id): (change: ReportSettingsPatch | ((current: ReportSettings) => ReportSettingsPatch)) => Promise<void> {
  const { repos } = useServices();
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  return useCallback(
    (change) => {
      const next = queue.current.then(async () => {
        const patch = typeof change === 'function' ? change(await repos.reportSettings.get(evaluationId)) : change;
        await recordWhenWritten(repos.reportSettings.update(evaluationId, patch));
      });
      queue.current = next.catch(() => {});
      return next;
    },
    [evaluationId, repos],
  );
}
