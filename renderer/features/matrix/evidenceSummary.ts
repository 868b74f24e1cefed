import type { TFunction } from 'i18next';

/** "3 citat", "3 citat och 1 tabellrad": passages always, rows when there are any. */
export function evidenceSummary(t: TFunction, counts: { passages: number; rows: number }): string {
  const passages = t('ui.matrix.passages', { count: counts.passages });
  return counts.rows > 0 ? `${passages}, ${t('ui.matrix.rows', { count: counts.rows })}` : passages;
}
