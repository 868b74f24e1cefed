import { defaultReportSettings } from '../domain/reportSettings';
import { defineStep, type StoredRecord } from './step';

/**
 * v10 → v11: every evaluation gets its report settings (`reportSettings`, one record per evaluation keyed
 * by its id): the defaults a new evaluation gets, dated when the evaluation was last changed (so the
 * database upgrade and an older file write the same record), unless it has a record already.
 */
export function defaultReportSettingsV11(evaluations: readonly StoredRecord[], settings: readonly StoredRecord[]): StoredRecord[] {
  const existing = new Set(settings.map((s) => s.evaluationId));
  return evaluations
    .filter((e): e is StoredRecord & { id: string } => typeof e.id === 'string' && !existing.has(e.id))
    .map((e) => ({ ...defaultReportSettings(e.id, typeof e.updatedAt === 'string' ? e.updatedAt : typeof e.createdAt === 'string' ? e.createdAt : '') }));
}

export const v11 = defineStep<never>({
  version: 11,
  tables: {},
  adds: { table: 'reportSettings', from: 'evaluations', add: (settings, evaluations) => defaultReportSettingsV11(evaluations, settings) },
});
