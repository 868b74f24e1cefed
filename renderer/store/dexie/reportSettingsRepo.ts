import type { ChangeSet } from '../../../shared/coding/changeSet';
import { defaultReportSettings, patchReportSettings, type Id, type ReportSettings, type ReportSettingsPatch } from '../../../shared/domain';
import { commitStep, stepTables } from './changeWriter';
import type { SparbarDatabase } from './db';
import type { RepositoryDeps } from './deps';

/**
 * The report's settings, one record per evaluation (keyed by its id). Every evaluation has one: creating
 * an evaluation (or the demo, or opening an evaluation file) writes it, and the v11 upgrade gave the
 * evaluations before it theirs; `get` still answers the defaults for an evaluation without one.
 */
export function createReportSettingsRepo(db: SparbarDatabase, deps: RepositoryDeps) {
  return {
    /** The stored settings, or the defaults when none are stored (not written). */
    async get(evaluationId: Id): Promise<ReportSettings> {
      return (await db.reportSettings.get(evaluationId)) ?? defaultReportSettings(evaluationId, deps.now());
    },

    /**
     * Changes the settings (the rule is patchReportSettings: `texts` merge key by key, a blank text removes
     * its key), in one transaction and one undoable step (`editReport`) with its audit line, `summary`
     * (what was changed, e.g. the text's heading). Returns the step, or null when nothing changed.
     *
     * Each call is one undo step, so a screen must not call it per keystroke: a text field saves when it
     * loses focus or after a pause in typing (about a second), and a checkbox or list saves at once.
     */
    async update(evaluationId: Id, patch: ReportSettingsPatch, summary = ''): Promise<ChangeSet | null> {
      return db.transaction('rw', [db.evaluations, ...stepTables(db)], async () => {
        if (!(await db.evaluations.get(evaluationId))) throw new Error(`No evaluation ${evaluationId}`);
        const now = deps.now();
        const stored = (await db.reportSettings.get(evaluationId)) ?? null;
        const after = patchReportSettings(stored ?? defaultReportSettings(evaluationId, now), patch, now);
        if (after === null) return null;
        return commitStep(db, deps, { evaluationId, action: 'editReport', summary, changes: [{ table: 'reportSettings', id: evaluationId, before: stored, after }] });
      });
    },
  };
}

export type ReportSettingsRepo = ReturnType<typeof createReportSettingsRepo>;
