import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvaluationInput } from '../../../shared/domain';
import { emptyEvaluationForm, evaluationToFormValues, validateEvaluationForm } from '../../../shared/domain/evaluationForm';
import { FormDialog } from '../../ui/FormDialog';
import { Field } from '../../ui/Field';
import { useFormState } from '../../ui/useFormState';
import { defaultFrameworks, REQUIRED_FRAMEWORK } from '../../services/frameworks';
import { DateInput } from '../../ui/DateInput';
import { useChangedElsewhere } from '../../ui/useChangedElsewhere';
import { ChangedElsewhereNotice } from '../../ui/ChangedElsewhereNotice';
import type { FieldConflict } from '../../../shared/domain/formChanges';

interface Props {
  title: string;
  submitLabel: string;
  initial?: EvaluationInput;
  /** The evaluation as stored now (a live query), when editing: changes made elsewhere are shown. */
  current?: EvaluationInput | undefined;
  /** Saves; editing, `base` is the evaluation as the form opened it, and conflicts keep the form open asking. */
  onSubmit: (input: EvaluationInput, frameworkIds: string[], base: EvaluationInput) => Promise<readonly FieldConflict<EvaluationInput>[] | void>;
  onClose: () => void;
}

/** Creates or edits an evaluation's facts: title, programme, agency, evaluators, period, kind, language. */
export function EvaluationForm({ title, submitLabel, initial, current, onSubmit, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const { values, setValues, errors, set, check } = useFormState(() => (initial ? evaluationToFormValues(initial) : emptyEvaluationForm()), validateEvaluationForm);
  const elsewhere = useChangedElsewhere(initial, current, values, evaluationToFormValues, setValues);
  const frameworks = defaultFrameworks();
  const [chosen, setChosen] = useState<string[]>(() => frameworks.map((framework) => framework.id));
  return (
    <FormDialog
      title={title}
      submitLabel={submitLabel}
      onClose={onClose}
      wide
      validate={check}
      onSubmit={async (input) => {
        elsewhere.saved(await onSubmit(input, chosen, elsewhere.base ?? input));
      }}
      notice={
        <ChangedElsewhereNotice
          changed={elsewhere.changed}
          asking={elsewhere.asking}
          labelOf={(field) => t(`ui.evaluation.${field}`)}
          onTakeTheirs={elsewhere.takeTheirs}
          onKeepMine={elsewhere.keepMine}
        />
      }
    >
      <div className="form-grid">
        <Field label={t('ui.evaluation.title')} error={errors.title}>
          {(p) => <input {...p} value={values.title} onChange={set('title')} autoFocus required />}
        </Field>
        <Field label={t('ui.evaluation.programme')} error={errors.programme}>
          {(p) => <input {...p} value={values.programme} onChange={set('programme')} />}
        </Field>
        <Field label={t('ui.evaluation.agency')} error={errors.agency}>
          {(p) => <input {...p} value={values.agency} onChange={set('agency')} />}
        </Field>
        <Field label={t('ui.evaluation.evaluators')} error={errors.evaluators} hint={t('ui.evaluation.evaluatorsHint')}>
          {(p) => <input {...p} value={values.evaluators} onChange={set('evaluators')} />}
        </Field>
        <Field label={t('ui.evaluation.periodStart')} error={errors.periodStart}>
          {(p) => <DateInput {...p} value={values.periodStart} onChange={(value) => set('periodStart')({ target: { value } })} />}
        </Field>
        <Field label={t('ui.evaluation.periodEnd')} error={errors.periodEnd}>
          {(p) => <DateInput {...p} value={values.periodEnd} onChange={(value) => set('periodEnd')({ target: { value } })} />}
        </Field>
        <Field label={t('ui.evaluation.kind')} error={errors.kind}>
          {(p) => (
            <select {...p} value={values.kind} onChange={set('kind')}>
              <option value="interim">{t('ui.evaluation.kindInterim')}</option>
              <option value="final">{t('ui.evaluation.kindFinal')}</option>
            </select>
          )}
        </Field>
        <Field label={t('ui.evaluation.reportLanguage')} error={errors.reportLanguage}>
          {(p) => (
            <select {...p} value={values.reportLanguage} onChange={set('reportLanguage')}>
              <option value="sv">{t('ui.language.sv')}</option>
              <option value="en">{t('ui.language.en')}</option>
            </select>
          )}
        </Field>
      </div>
      {!initial && (
        <fieldset className="attributes frameworks-choice">
          <legend>{t('ui.evaluation.frameworks')}</legend>
          <p className="muted small">{t('ui.evaluation.frameworksHint')}</p>
          {frameworks.map((framework) => (
            <label key={framework.id} className="checkbox">
              <input
                type="checkbox"
                checked={chosen.includes(framework.id)}
                disabled={framework.id === REQUIRED_FRAMEWORK}
                onChange={(e) => setChosen((current) => (e.target.checked ? [...current, framework.id] : current.filter((id) => id !== framework.id)))}
              />
              {i18n.language === 'en' ? framework.nameEn : framework.nameSv}
            </label>
          ))}
        </fieldset>
      )}
    </FormDialog>
  );
}
