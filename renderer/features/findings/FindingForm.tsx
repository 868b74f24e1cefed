import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChangedElsewhere } from '../../ui/useChangedElsewhere';
import { ChangedElsewhereNotice } from '../../ui/ChangedElsewhereNotice';
import { FINDING_SECTIONS, isFindingSection, type FindingFields, type FindingSection } from '../../../shared/coding/findingEdit';
import { ProblemAlert } from '../../ui/ProblemAlert';

/** The title, text and section of a finding, written or edited in place. */
interface Props {
  initial: FindingFields;
  /** Editing: the finding as stored now (live), to show changes made in another window meanwhile. */
  current?: FindingFields;
  note?: string;
  /** Saves; `base` is the finding the form's changes are against. Conflicts keep the form open, asking. */
  onSave: (fields: FindingFields, base: FindingFields) => Promise<readonly unknown[] | void> | void;
  onCancel: () => void;
}

export function FindingForm(props: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [values, setValues] = useState<FindingFields>(props.initial);
  const { title, text, section } = values;
  const setTitle = (title: string) => setValues((v) => ({ ...v, title }));
  const setText = (text: string) => setValues((v) => ({ ...v, text }));
  const setSection = (section: FindingSection) => setValues((v) => ({ ...v, section }));
  const elsewhere = useChangedElsewhere(props.current && props.initial, props.current, values, (f: FindingFields) => f, setValues);
  const [error, setError] = useState(false);
  return (
    <form
      className="finding-form"
      onSubmit={async (e) => {
        e.preventDefault();
        if (title.trim() === '') return setError(true);
        elsewhere.saved(await props.onSave(values, elsewhere.base ?? props.initial));
      }}
    >
      {props.note && <p className="muted">{props.note}</p>}
      <label className="field">
        <span>{t('ui.findings.title')}</span>
        <input value={title} onChange={(e) => setTitle(e.target.value)} aria-invalid={error} aria-describedby={error ? `${id}-error` : undefined} />
      </label>
      <ProblemAlert id={`${id}-error`} problem={error && t('ui.findings.titleRequired')} />
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
      <ChangedElsewhereNotice
        changed={elsewhere.changed}
        asking={elsewhere.asking}
        labelOf={(field) => t(field === 'section' ? 'ui.findings.sectionLabel' : `ui.findings.${field}`)}
        show={(value) => (isFindingSection(value) ? t(`ui.findings.section.${value}`) : value)}
        onTakeTheirs={elsewhere.takeTheirs}
        onKeepMine={elsewhere.keepMine}
      />
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
