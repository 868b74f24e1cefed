import type { TFunction } from 'i18next';
import type { EvidenceCount } from './useEvidenceCounts';

/** "3 citat", "1 tabellrad", "3 citat och 1 tabellrad", or "Inga citat". */
export function evidenceText(t: TFunction, count: EvidenceCount): string {
  const quotes = t('ui.codebookEditor.quotes', { count: count.segments });
  const rows = t('ui.codebookEditor.dataRows', { count: count.data });
  if (count.segments > 0 && count.data > 0) return t('ui.codebookEditor.and', { first: quotes, second: rows });
  if (count.data > 0) return rows;
  if (count.segments > 0) return quotes;
  return t('ui.codebookEditor.noEvidence');
}
