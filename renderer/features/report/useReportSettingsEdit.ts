import { useCallback, useRef } from 'react';
import type { Id } from '../../../shared/domain';
import type { ReportSettings, ReportSettingsPatch } from '../../../shared/domain';
import { useServices } from '../../services/AppContext';
import { recordWhenWritten } from '../../services/history';

export type { ReportSettingsPatch } from '../../../shared/domain';

export type ReportSettingsEdit = (change: ReportSettingsPatch | ((current: ReportSettings) => ReportSettingsPatch), summary?: string) => Promise<void>;

/**
 * Saves a change to the report's settings as one undoable step, `summary` naming what changed in the log.
 * Changes are written one after the other, and a patch may be made from the settings as stored at that
 * moment (`(current) => patch`, e.g. moving a section), so quick changes never undo each other.
 */
export function useReportSettingsEdit(evaluationId: Id): ReportSettingsEdit {
  const { repos } = useServices();
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  return useCallback(
    (change, summary) => {
      const next = queue.current.then(async () => {
        const patch = typeof change === 'function' ? change(await repos.reportSettings.get(evaluationId)) : change;
        await recordWhenWritten(repos.reportSettings.update(evaluationId, patch, summary));
      });
      queue.current = next.catch(() => {});
      return next;
    },
    [evaluationId, repos],
  );
}
