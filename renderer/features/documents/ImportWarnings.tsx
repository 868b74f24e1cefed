import { useTranslation } from 'react-i18next';
import type { ImportWarning } from '../../../shared/domain/importWarning';

/** What the evaluator should know about a file that was read: the import warnings, in words, as a named list. */
export function ImportWarnings({ warnings, name }: { warnings: readonly ImportWarning[]; name: string }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  return (
    <ul className="import-warnings" aria-label={t('ui.import.warningsFor', { name })}>
      {warnings.map((warning, index) => (
        <li key={index}>{t(`importWarning.${warning.code}`, warning.values ?? {})}</li>
      ))}
    </ul>
  );
}
