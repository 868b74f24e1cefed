import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangedElsewhereNotice } from '../../ui/ChangedElsewhereNotice';
import { useMemoDraft } from '../coding/useMemoDraft';

/**
 * One of the evaluator's texts of a section: a textarea kept as a draft while typing and saved (one
 * undoable step) after a pause or on leaving it, the way a passage's memo is; a text changed in another
 * window meanwhile is not overwritten but offered.
 */
export function ReportTextField({ textKey, label, stored, save }: { textKey: string; label: string; stored: string; save: (text: string) => Promise<void> }) {
  const { t } = useTranslation();
  const id = useId();
  const [status, setStatus] = useState<'' | 'saving' | 'saved'>('');
  const draft = useMemoDraft(textKey, stored, (_key, text) => {
    setStatus('saving');
    void save(text).then(
      () => setStatus('saved'),
      () => setStatus(''),
    );
  });
  return (
    <div className="field report-text">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={Math.min(12, Math.max(3, draft.value.split('\n').length + 1))}
        value={draft.value}
        onChange={(event) => {
          setStatus('');
          draft.onChange(event.target.value);
        }}
        onBlur={draft.flush}
        aria-describedby={`${id}-status`}
      />
      {draft.elsewhere !== null && (
        <ChangedElsewhereNotice changed={[{ field: 'text', theirs: draft.elsewhere, mine: draft.value }]} asking={false} labelOf={() => label} onTakeTheirs={draft.takeTheirs} onKeepMine={draft.keepMine} />
      )}
      <span id={`${id}-status`} className="field-hint" aria-live="polite">
        {status === 'saving' ? t('ui.report.sections.saving') : status === 'saved' ? t('ui.report.sections.textSaved') : ''}
      </span>
    </div>
  );
}
