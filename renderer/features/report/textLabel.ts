import type { TFunction } from 'i18next';

/** The label of one of the evaluator's text fields, by its key (`results.lokal.effects`, `factors.success-factors`). */
export function textLabel(t: TFunction, key: string): string {
  const [head, first, second] = key.split('.');
  if (head === 'results' && first === 'map') return t('ui.report.text.map');
  if (head === 'results' && first && second) return t('ui.report.text.cell', { level: t(`level.${first}`), column: t(`column.${second}`) });
  if (head === 'factors' && first) return t(`framework.${key.slice('factors.'.length)}`, { defaultValue: key.slice('factors.'.length) });
  if (head === 'introduction') return t('ui.report.text.purpose');
  if (head === 'method') return t('ui.report.text.limitations');
  return t(`ui.report.text.${head}`);
}
