import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FINDING_SECTIONS, isFindingSection, type FindingFields, type FindingSection } from '../../../shared/coding/findingEdit';

/** The title, text and section of a finding, written or edited in place. */
export function FindingForm(props: { initial: FindingFields; note?: string; onSave: (fields: FindingFields) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState(props.initial.title);
  const [text, setText] = useState(props.initial.text);
  const [section, setSection] = useState<FindingSection>(props.initial.section);
  const [error, setError] = useState(false);
  return (
    <form
      className="finding-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (title.trim() === '') return setError(true);
        props.onSave({ title, text, section });
      }}
    >
      {props.note && <p className="muted">{props.note}</p>}
      <label className="field">
        <span>{t('ui.findings.title')}</span>
        <input value={title} onChange={(e) => setTitle(e.target.value)} aria-invalid={error} aria-describedby={error ? `${id}-error` : undefined} />
      </label>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {t('ui.findings.titleRequired')}
        </p>
      )}
      <label className="field">
        <span>{t('ui.findings.text')}</span>
        <textarea rows={4} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('ui.findings.sectionLabel')}</span>
        <select value={section} onChange={(e) => isFindingSection(e.target.value) && setSection(e.target.value)}>
          {FINDING_SECTIONS.map((key) => (
            <option key={key} value={key}>
              {t(`ui.findings.section.${key}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="form-buttons">
        <button type="submit" className="primary">
          {t('ui.findings.save')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('ui.findings.cancel')}
        </button>
      </div>
    </form>
  );
}
