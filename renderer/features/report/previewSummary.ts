import type { TFunction } from 'i18next';
import type { ReportSectionId } from '../../../shared/domain/reportSettings';
import type { ReportPreview } from '../../services/workers/reportInWorker';

/** The preview as the screen holds it: counting in the worker, counted, or failed. */
export type PreviewState = { status: 'loading' } | { status: 'ready'; preview: ReportPreview } | { status: 'failed' };

/** The counts the screen words (`ui.report.preview.*`), in the order it words them. */
const COUNTED = ['projects', 'documents', 'figures', 'categories', 'factors', 'quotes', 'findings', 'recommendations', 'evidence', 'tables', 'charts'] as const;

/** What a section's data part will hold, in words: "18 kategorier, 46 citat, 4 tabeller, 2 diagram". */
export function previewSummary(t: TFunction, state: PreviewState, section: ReportSectionId): string {
  if (state.status === 'loading') return t('ui.report.sections.previewLoading');
  if (state.status === 'failed') return t('ui.report.sections.previewFailed');
  const counts = (state.preview as Partial<Record<ReportSectionId, Partial<Record<string, number>>>>)[section] ?? {};
  const parts = COUNTED.flatMap((name) => {
    const count = counts[name];
    return typeof count === 'number' && count > 0 ? [t(`ui.report.preview.${name}`, { count })] : [];
  });
  return parts.length === 0 ? t('ui.report.sections.nothingFromData') : t('ui.report.sections.fromData', { summary: parts.join(', ') });
}
