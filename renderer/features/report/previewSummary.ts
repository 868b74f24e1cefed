import type { TFunction } from 'i18next';
import type { ReportSectionId } from '../../../shared/domain/reportSettings';
import type { ReportPreview } from '../../services/workers/reportInWorker';

/** The preview as the screen holds it: counting in the worker, counted, or failed. */
export type PreviewState = { status: 'loading' } | { status: 'ready'; preview: ReportPreview } | { status: 'failed' };

/**
 * What a section's data part will hold, in the UI's words (the preview's own text is in the report's
 * language): "Ur materialet: 18 kategorier, 46 citat, 4 tabeller, 2 diagram".
 */
export function previewSummary(t: TFunction, state: PreviewState, section: ReportSectionId): string {
  if (state.status === 'loading') return t('ui.report.sections.previewLoading');
  if (state.status === 'failed') return t('ui.report.sections.previewFailed');
  const parts = state.preview[section]?.parts ?? [];
  if (parts.length === 0) return t('ui.report.sections.nothingFromData');
  return t('ui.report.sections.fromData', { summary: parts.map((part) => t(`ui.report.preview.${part.kind}`, { count: part.count })).join(', ') });
}
