import type { Id, ReportSettings } from '../../../shared/domain';
import type { Repositories } from '../dexie/repositories';
import { useStoreQuery } from './useStoreQuery';

/** The report's settings of an evaluation, kept live (the defaults when none are stored; undefined while loading). */
export function useReportSettings(repos: Repositories, evaluationId: Id): ReportSettings | undefined {
  return useStoreQuery(() => repos.reportSettings.get(evaluationId), [evaluationId, repos]);
}
