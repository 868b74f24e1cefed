import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecommendationFields } from '../../../shared/coding/recommendationEdit';
import type { Finding } from '../../../shared/domain';

/** A recommendation's title, text and the findings it rests on (checkboxes, at least one). */
export function RecommendationForm(props: { initial: RecommendationFields; findings: readonly Finding[]; onSave: (fields: RecommendationFields) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState(props.initial.title);
  const [text, setText] = useState(props.initial.text);
  const [chosen, setChosen] = useState<string[]>(props.initial.findingIds);
  const [error, setError] = useState<'title' | 'findings' | null>(null);
  return (
    <form
      className="finding-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (title.trim() === '') return setError('title');
        if (chosen.length === 0) return setError('findings');
        props.onSave({ title, text, findingIds: chosen });
      }}
    >
      <label className="field">
        <span>{t('ui.findings.title')}</span>
        <input value={title} onChange={(e) => setTitle(e.target.value)} aria-invalid={error === 'title'} />
      </label>
      <label className="field">
        <span>{t('ui.findings.text')}</span>
        <textarea rows={3} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <fieldset aria-describedby={error === 'findings' ? `${id}-error` : undefined}>
        <legend>{t('ui.findings.restsOnFindings')}</legend>
        {props.findings.map((finding) => (
          <label key={finding.id} className="checkbox">
            <input
              type="checkbox"
              checked={chosen.includes(finding.id)}
              onChange={(e) => setChosen((ids) => (e.target.checked ? [...ids, finding.id] : ids.filter((x) => x !== finding.id)))}
            />
            {finding.title}
          </label>
        ))}
      </fieldset>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error === 'title' ? t('ui.findings.titleRequired') : t('ui.findings.findingRequired')}
        </p>
      )}
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
