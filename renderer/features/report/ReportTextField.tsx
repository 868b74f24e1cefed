import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useDraftText } from './useDraftText';

/** One of the evaluator's texts of a section: a textarea saved after a pause and on leaving it. */
export function ReportTextField({ label, stored, save }: { label: string; stored: string; save: (text: string) => Promise<void> }) {
  const { t } = useTranslation();
  const id = useId();
  const { draft, status, onChange, onBlur } = useDraftText(stored, save);
  return (
    <div className="field report-text">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} rows={Math.min(12, Math.max(3, draft.split('\n').length + 1))} value={draft} onChange={(event) => onChange(event.target.value)} onBlur={onBlur} aria-describedby={`${id}-status`} />
      <span id={`${id}-status`} className="field-hint" aria-live="polite">
        {status === 'saving' ? t('ui.report.sections.saving') : status === 'saved' ? t('ui.report.sections.textSaved') : ''}
      </span>
    </div>
  );
}
