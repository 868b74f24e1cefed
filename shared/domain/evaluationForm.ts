import { EVALUATION_KINDS, REPORT_LANGUAGES, type EvaluationInput } from './evaluation';
import { isIsoDate } from '../base/isoDate';
import { isOneOf } from '../base/guards';
import { splitList, type FieldErrors, type FormResult } from './formErrors';
import { MAX_TEXT_FIELD } from './projectForm';

export interface EvaluationFormValues {
  title: string;
  programme: string;
  agency: string;
  evaluators: string;
  periodStart: string;
  periodEnd: string;
  kind: string;
  reportLanguage: string;
}

export type EvaluationField = keyof EvaluationFormValues;

export function emptyEvaluationForm(): EvaluationFormValues {
  return { title: '', programme: '', agency: '', evaluators: '', periodStart: '', periodEnd: '', kind: 'interim', reportLanguage: 'sv' };
}

export function evaluationToFormValues(evaluation: EvaluationInput): EvaluationFormValues {
  return {
    title: evaluation.title,
    programme: evaluation.programme,
    agency: evaluation.agency,
    evaluators: evaluation.evaluators.join(', '),
    periodStart: evaluation.periodStart ?? '',
    periodEnd: evaluation.periodEnd ?? '',
    kind: evaluation.kind,
    reportLanguage: evaluation.reportLanguage,
  };
}

export function validateEvaluationForm(values: EvaluationFormValues): FormResult<EvaluationInput, EvaluationField> {
  const errors: FieldErrors<EvaluationField> = {};
  const title = values.title.trim();
  if (title === '') errors.title = 'required';
  for (const field of ['title', 'programme', 'agency', 'evaluators'] as const) {
    if (values[field].length > MAX_TEXT_FIELD) errors[field] = 'tooLong';
  }
  const periodStart = values.periodStart.trim();
  const periodEnd = values.periodEnd.trim();
  if (periodStart !== '' && !isIsoDate(periodStart)) errors.periodStart = 'badDate';
  if (periodEnd !== '' && !isIsoDate(periodEnd)) errors.periodEnd = 'badDate';
  if (!errors.periodStart && !errors.periodEnd && periodStart !== '' && periodEnd !== '' && periodEnd < periodStart) {
    errors.periodEnd = 'endBeforeStart';
  }
  if (!isOneOf(EVALUATION_KINDS, values.kind)) errors.kind = 'required';
  if (!isOneOf(REPORT_LANGUAGES, values.reportLanguage)) errors.reportLanguage = 'required';
  if (Object.keys(errors).length > 0 || !isOneOf(EVALUATION_KINDS, values.kind) || !isOneOf(REPORT_LANGUAGES, values.reportLanguage)) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    value: {
      title,
      programme: values.programme.trim(),
      agency: values.agency.trim(),
      evaluators: splitList(values.evaluators),
      periodStart: periodStart === '' ? null : periodStart,
      periodEnd: periodEnd === '' ? null : periodEnd,
      kind: values.kind,
      reportLanguage: values.reportLanguage,
    },
  };
}
