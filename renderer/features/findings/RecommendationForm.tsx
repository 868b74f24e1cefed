import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecommendationFields } from '../../../shared/coding/recommendationEdit';
import type { Finding } from '../../../shared/domain';
import { useChangedElsewhere } from '../../ui/useChangedElsewhere';
import { ChangedElsewhereNotice } from '../../ui/ChangedElsewhereNotice';
import { ProblemAlert } from '../../ui/ProblemAlert';

/** A recommendation's title, text and the findings it rests on (checkboxes, at least one). */
interface Props {
  initial: RecommendationFields;
  /** Editing: the recommendation as stored now (live), to show changes made in another window meanwhile. */
  current?: RecommendationFields;
  findings: readonly Finding[];
  /** Saves; `base` is the recommendation the form's changes are against. Conflicts keep the form open, asking. */
  onSave: (fields: RecommendationFields, base: RecommendationFields) => Promise<readonly unknown[] | void> | void;
  onCancel: () => void;
}

export function RecommendationForm(props: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [values, setValues] = useState<RecommendationFields>(props.initial);
  const { title, text, findingIds: chosen } = values;
  const setTitle = (title: string) => setValues((v) => ({ ...v, title }));
  const setText = (text: string) => setValues((v) => ({ ...v, text }));
  const setChosen = (update: (ids: string[]) => string[]) => setValues((v) => ({ ...v, findingIds: update(v.findingIds) }));
  const elsewhere = useChangedElsewhere(props.current && props.initial, props.current, values, (r: RecommendationFields) => r, setValues);
  const titles = new Map(props.findings.map((f) => [f.id, f.title]));
  const [error, setError] = useState<'title' | 'findings' | null>(null);
  return (
    <form
      className="finding-form"
      onSubmit={async (e) => {
        e.preventDefault();
        if (title.trim() === '') return setError('title');
        if (chosen.length === 0) return setError('findings');
        elsewhere.saved(await props.onSave(values, elsewhere.base ?? props.initial));
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
      <ProblemAlert id={`${id}-error`} problem={error && (error === 'title' ? t('ui.findings.titleRequired') : t('ui.findings.findingRequired'))} />
      <ChangedElsewhereNotice
        changed={elsewhere.changed}
        asking={elsewhere.asking}
        labelOf={(field) => t(field === 'findingIds' ? 'ui.findings.restsOnFindings' : `ui.findings.${field}`)}
        show={(value) => (Array.isArray(value) ? value.map((findingId) => titles.get(findingId) ?? '').join('; ') : value)}
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
