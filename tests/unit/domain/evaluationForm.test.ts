import { describe, expect, it } from 'vitest';
import type { EvaluationInput } from '../../../shared/domain/evaluation';
import { emptyEvaluationForm, evaluationToFormValues, validateEvaluationForm, type EvaluationFormValues } from '../../../shared/domain/evaluationForm';
import { MAX_TEXT_FIELD } from '../../../shared/domain/projectForm';

const DEMO: EvaluationInput = {
  title: 'Delutvärdering av Lärande för tillväxt i Mellanbygden',
  programme: 'Lärande för tillväxt i Mellanbygden 2022–2025',
  agency: 'Tillväxtverket',
  evaluators: ['Karin Lindqvist', 'Omar Haddad'],
  periodStart: '2022-01-01',
  periodEnd: '2024-12-31',
  kind: 'interim',
  reportLanguage: 'sv',
};

function form(overrides: Partial<EvaluationFormValues> = {}): EvaluationFormValues {
  return { ...evaluationToFormValues(DEMO), ...overrides };
}

function errors(values: EvaluationFormValues): Record<string, string> {
  const result = validateEvaluationForm(values);
  if (result.ok) throw new Error('expected errors');
  return result.errors as Record<string, string>;
}

function valid(values: EvaluationFormValues): EvaluationInput {
  const result = validateEvaluationForm(values);
  if (!result.ok) throw new Error(`expected a valid form, got ${JSON.stringify(result.errors)}`);
  return result.value;
}

describe('validateEvaluationForm', () => {
  it('round-trips an evaluation through the form', () => {
    expect(valid(form())).toEqual(DEMO);
    expect(valid(evaluationToFormValues({ ...DEMO, kind: 'final', reportLanguage: 'en', periodStart: null, periodEnd: null }))).toEqual({
      ...DEMO,
      kind: 'final',
      reportLanguage: 'en',
      periodStart: null,
      periodEnd: null,
    });
  });

  it('requires a title', () => {
    expect(errors(form({ title: '  ' }))).toEqual({ title: 'required' });
  });

  it('starts empty with only the title missing', () => {
    expect(errors(emptyEvaluationForm())).toEqual({ title: 'required' });
    expect(valid({ ...emptyEvaluationForm(), title: 'Utvärdering' })).toEqual({
      title: 'Utvärdering',
      programme: '',
      agency: '',
      evaluators: [],
      periodStart: null,
      periodEnd: null,
      kind: 'interim',
      reportLanguage: 'sv',
    });
  });

  it('trims text and splits evaluators on , ; and new lines', () => {
    const value = valid(form({ title: ' Titel ', programme: ' Program ', agency: ' Tillväxtverket ', evaluators: 'Karin Lindqvist;Omar Haddad\n Åsa Ek ,' }));
    expect(value).toMatchObject({ title: 'Titel', programme: 'Program', agency: 'Tillväxtverket', evaluators: ['Karin Lindqvist', 'Omar Haddad', 'Åsa Ek'] });
  });

  it('rejects overlong text fields', () => {
    const long = 'y'.repeat(MAX_TEXT_FIELD + 1);
    expect(errors(form({ programme: long, evaluators: long }))).toEqual({ programme: 'tooLong', evaluators: 'tooLong' });
  });

  it('flags a period end before its start on periodEnd', () => {
    expect(errors(form({ periodStart: '2024-01-01', periodEnd: '2023-06-30' }))).toEqual({ periodEnd: 'endBeforeStart' });
  });

  it('rejects dates that do not exist, without also reporting the order', () => {
    expect(errors(form({ periodStart: '2023-02-30' }))).toEqual({ periodStart: 'badDate' });
    expect(errors(form({ periodStart: '2025-01-01', periodEnd: '2024-02-30' }))).toEqual({ periodEnd: 'badDate' });
  });

  it('rejects an unknown kind or report language', () => {
    expect(errors(form({ kind: 'slut' }))).toEqual({ kind: 'required' });
    expect(errors(form({ reportLanguage: 'de' }))).toEqual({ reportLanguage: 'required' });
    expect(errors(form({ kind: '', reportLanguage: '' }))).toEqual({ kind: 'required', reportLanguage: 'required' });
  });
});

describe('evaluationToFormValues', () => {
  it('joins evaluators and writes null dates as empty', () => {
    expect(evaluationToFormValues({ ...DEMO, periodStart: null, periodEnd: null })).toEqual({
      title: DEMO.title,
      programme: DEMO.programme,
      agency: 'Tillväxtverket',
      evaluators: 'Karin Lindqvist, Omar Haddad',
      periodStart: '',
      periodEnd: '',
      kind: 'interim',
      reportLanguage: 'sv',
    });
  });
});
