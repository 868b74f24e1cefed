import { useTranslation } from 'react-i18next';
import { emptyProjectInput, PROJECT_LEVELS, type ProjectInput } from '../../../shared/domain';
import { projectToFormValues, validateProjectForm, type ProjectFormValues } from '../../../shared/domain/projectForm';
import { FormDialog } from '../../ui/FormDialog';
import { Field } from '../../ui/Field';
import { useFormState } from '../../ui/useFormState';
import { useChangedElsewhere } from '../../ui/useChangedElsewhere';
import { ChangedElsewhereNotice } from '../../ui/ChangedElsewhereNotice';
import type { FieldConflict } from '../../../shared/domain/formChanges';

interface Props {
  title: string;
  submitLabel: string;
  initial?: ProjectInput;
  /** The project as stored now (a live query), when editing: changes made elsewhere are shown. */
  current?: ProjectInput | undefined;
  /** Saves; editing, `base` is the project as the form opened it, and conflicts keep the form open asking. */
  onSubmit: (input: ProjectInput, base: ProjectInput) => Promise<readonly FieldConflict<ProjectInput>[] | void>;
  onClose: () => void;
}

/** A form value as the notice shows it: attributes as "name: value" pairs. */
function showValue(value: ProjectFormValues[keyof ProjectFormValues]): string {
  return typeof value === 'string' ? value : value.map((a) => `${a.name}: ${a.value}`).join('; ');
}

type TextField = Exclude<keyof ProjectFormValues, 'attributes'>;

/** Adds or edits a project of the register, with inline validation. */
export function ProjectForm({ title, submitLabel, initial, current, onSubmit, onClose }: Props) {
  const { t } = useTranslation();
  const { values, setValues, errors, set, check } = useFormState(() => projectToFormValues(initial ?? emptyProjectInput()), validateProjectForm);
  const text = (field: TextField, label: string, extra: { hint?: string; type?: string; inputMode?: 'decimal' } = {}) => (
    <Field label={label} error={errors[field]} {...(extra.hint ? { hint: extra.hint } : {})}>
      {(p) => <input {...p} type={extra.type ?? 'text'} inputMode={extra.inputMode} value={values[field]} onChange={set(field)} />}
    </Field>
  );
  const elsewhere = useChangedElsewhere(initial, current, values, projectToFormValues, setValues);
  const labelOf = (field: keyof ProjectFormValues): string => t(field === 'budgetSek' ? 'ui.project.budget' : `ui.project.${field}`);
  const setAttribute = (index: number, key: 'name' | 'value', value: string) =>
    setValues((v) => ({ ...v, attributes: v.attributes.map((a, i) => (i === index ? { ...a, [key]: value } : a)) }));

  return (
    <FormDialog
      title={title}
      submitLabel={submitLabel}
      onClose={onClose}
      wide
      validate={check}
      onSubmit={async (input) => {
        elsewhere.saved(await onSubmit(input, elsewhere.base ?? input));
      }}
      notice={
        <ChangedElsewhereNotice
          changed={elsewhere.changed}
          asking={elsewhere.asking}
          labelOf={labelOf}
          show={showValue}
          onTakeTheirs={elsewhere.takeTheirs}
          onKeepMine={elsewhere.keepMine}
        />
      }
    >
      <div className="form-grid">
        <Field label={t('ui.project.name')} error={errors.name}>
          {(p) => <input {...p} value={values.name} onChange={set('name')} autoFocus required />}
        </Field>
        {text('code', t('ui.project.code'))}
        {text('owner', t('ui.project.owner'))}
        {text('manager', t('ui.project.manager'))}
        {text('municipalities', t('ui.project.municipalities'), { hint: t('ui.project.municipalitiesHint') })}
        {text('county', t('ui.project.county'))}
        <Field label={t('ui.project.level')} error={errors.level}>
          {(p) => (
            <select {...p} value={values.level} onChange={set('level')}>
              <option value="">{t('ui.project.levelNone')}</option>
              {PROJECT_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t(`level.${level}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {text('theme', t('ui.project.theme'))}
        {text('startDate', t('ui.project.startDate'), { type: 'date' })}
        {text('endDate', t('ui.project.endDate'), { type: 'date' })}
        {text('budgetSek', t('ui.project.budget'), { hint: t('ui.project.budgetHint'), inputMode: 'decimal' })}
      </div>
      <fieldset className="attributes">
        <legend>{t('ui.project.attributes')}</legend>
        {values.attributes.length === 0 && <p className="muted small">{t('ui.project.noAttributes')}</p>}
        {values.attributes.map((attribute, index) => (
          <div className="attribute-row" key={index}>
            <Field label={t('ui.project.attributeName', { n: index + 1 })} error={errors[`attribute${index}`]}>
              {(p) => <input {...p} value={attribute.name} onChange={(e) => setAttribute(index, 'name', e.target.value)} />}
            </Field>
            <Field label={t('ui.project.attributeValue', { n: index + 1 })}>
              {(p) => <input {...p} value={attribute.value} onChange={(e) => setAttribute(index, 'value', e.target.value)} />}
            </Field>
            <button
              type="button"
              className="danger-quiet"
              aria-label={t('ui.project.removeAttribute', { n: index + 1 })}
              onClick={() => setValues((v) => ({ ...v, attributes: v.attributes.filter((_, i) => i !== index) }))}
            >
              {t('ui.common.remove')}
            </button>
          </div>
        ))}
        <button type="button" onClick={() => setValues((v) => ({ ...v, attributes: [...v.attributes, { name: '', value: '' }] }))}>
          {t('ui.project.addAttribute')}
        </button>
      </fieldset>
    </FormDialog>
  );
}
