import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { matrixStructureIds } from '../../../shared/coding/matrixStructure';
import { normaliseShortcut } from '../../../shared/coding/newCode';
import type { Code, CodeTexts, Id } from '../../../shared/domain';
import { FormDialog } from '../../ui/FormDialog';
import { codeLabel } from '../../../shared/domain/codeLabel';
import { ColourChooser } from '../../ui/ColourChooser';
import { useChangedElsewhere } from '../../ui/useChangedElsewhere';
import { ChangedElsewhereNotice } from '../../ui/ChangedElsewhereNotice';

/** What the form edits of a code. */
export interface CodeFormValues extends CodeTexts {
  colour: string;
  shortcut: string;
}

/** What the form gives back: trimmed texts, a colour, and a normalised shortcut (null: none). */
export interface CodeFormResult {
  texts: CodeTexts;
  colour: string;
  shortcut: string | null;
}

type TextKey = 'label' | 'definition' | 'inclusion' | 'exclusion' | 'example';
const TEXT_KEYS: TextKey[] = ['label', 'definition', 'inclusion', 'exclusion', 'example'];

export function formValuesOf(code: Code): CodeFormValues {
  const { labelSv, labelEn, definitionSv, definitionEn, inclusionSv, inclusionEn, exclusionSv, exclusionEn, exampleSv, exampleEn } = code;
  return { labelSv, labelEn, definitionSv, definitionEn, inclusionSv, inclusionEn, exclusionSv, exclusionEn, exampleSv, exampleEn, colour: code.colour, shortcut: code.shortcut ?? '' };
}

export function emptyFormValues(colour: string): CodeFormValues {
  return { labelSv: '', labelEn: '', definitionSv: '', definitionEn: '', inclusionSv: '', inclusionEn: '', exclusionSv: '', exclusionEn: '', exampleSv: '', exampleEn: '', colour, shortcut: '' };
}

interface TextFieldProps {
  label: string;
  hiddenSuffix: string;
  value: string;
  onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
  multiline: boolean;
  error?: string | null;
  autoFocus?: boolean;
}

function TextField({ label, hiddenSuffix, value, onChange, multiline, error = null, autoFocus = false }: TextFieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const common = { id, value, onChange, 'aria-invalid': error !== null, 'aria-describedby': error ? errorId : undefined, autoFocus };
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>
        {label}
        <span className="visually-hidden"> {hiddenSuffix}</span>
      </label>
      {multiline ? <textarea {...common} rows={2} /> : <input {...common} type="text" />}
      {error && (
        <span id={errorId} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}

interface CodeFormDialogProps {
  title: string;
  submitLabel: string;
  initial: CodeFormValues;
  /** The evaluation's codes, to say which code a shortcut would be taken from. */
  codes: readonly Code[];
  /** The code being edited (null when adding one). */
  codeId: Id | null;
  /** Whether the form offers a shortcut (set when editing a code). */
  withShortcut: boolean;
  /** Editing: the code as the form opened it, and as stored now (live), to show changes made elsewhere. */
  record?: Code;
  current?: Code | undefined;
  /** Saves; editing, `base` is the code the form's changes are against, and conflicts keep the form open asking. */
  onSubmit: (result: CodeFormResult, base: Code | undefined) => Promise<readonly unknown[] | void>;
  onClose: () => void;
}

/** Adds or edits a code: label, definition, notes and example in Swedish and English, colour and shortcut. */
export function CodeFormDialog({ title, submitLabel, initial, codes, codeId, withShortcut, record, current, onSubmit, onClose }: CodeFormDialogProps) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<{ label: string | null; shortcut: string | null }>({ label: null, shortcut: null });
  const shortcutId = useId();
  const elsewhere = useChangedElsewhere(record, current, values, formValuesOf, setValues);
  const labelOf = (field: keyof CodeFormValues): string => {
    if (field === 'colour' || field === 'shortcut') return t(`ui.codebookEditor.form.${field}`);
    const suffix = field.endsWith('En') ? 'En' : 'Sv';
    const key = field.slice(0, -2) as TextKey;
    return `${t(`ui.codebookEditor.form.${key}`)} (${t(suffix === 'Sv' ? 'ui.codebookEditor.form.languageSv' : 'ui.codebookEditor.form.languageEn')})`;
  };
  const set = (field: keyof CodeFormValues) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: event.target.value }));
  const english = i18n.language === 'en';
  // A level or column of the results matrix is a heading: nothing is coded to it, so it takes no shortcut.
  const structure = codeId !== null && matrixStructureIds(codes).has(codeId);
  const shortcut = structure ? null : normaliseShortcut(values.shortcut);
  const holder = shortcut === null ? undefined : codes.find((code) => code.shortcut === shortcut && code.id !== codeId);

  const validate = (): CodeFormResult | null => {
    const label = values.labelSv.trim() === '' && values.labelEn.trim() === '' ? t('ui.codebookEditor.form.labelRequired') : null;
    const badShortcut = withShortcut && !structure && values.shortcut.trim() !== '' && shortcut === null ? t('ui.codebookEditor.form.shortcutInvalid') : null;
    setErrors({ label, shortcut: badShortcut });
    if (label || badShortcut) return null;
    const texts = {} as CodeTexts;
    for (const key of TEXT_KEYS) {
      texts[`${key}Sv`] = values[`${key}Sv`].trim();
      texts[`${key}En`] = values[`${key}En`].trim();
    }
    // A code has a name in both languages: the one given stands for the other until it is translated.
    texts.labelSv ||= texts.labelEn;
    texts.labelEn ||= texts.labelSv;
    return { texts, colour: values.colour, shortcut };
  };

  const language = (suffix: 'Sv' | 'En') => {
    const name = t(suffix === 'Sv' ? 'ui.codebookEditor.form.languageSv' : 'ui.codebookEditor.form.languageEn');
    return (
      <fieldset className="code-form-language">
        <legend>{t(suffix === 'Sv' ? 'ui.codebookEditor.form.swedish' : 'ui.codebookEditor.form.english')}</legend>
        {TEXT_KEYS.map((key) => (
          <TextField
            key={key}
            label={t(`ui.codebookEditor.form.${key}`)}
            hiddenSuffix={`(${name})`}
            value={values[`${key}${suffix}`]}
            onChange={set(`${key}${suffix}`)}
            multiline={key !== 'label'}
            error={key === 'label' && (suffix === 'En') === english ? errors.label : null}
            autoFocus={key === 'label' && (suffix === 'En') === english}
          />
        ))}
        {suffix === (english ? 'Sv' : 'En') && <p className="field-hint">{t('ui.codebookEditor.form.otherLanguageHint')}</p>}
      </fieldset>
    );
  };

  return (
    <FormDialog
      title={title}
      submitLabel={submitLabel}
      onClose={onClose}
      validate={validate}
      onSubmit={async (result) => {
        elsewhere.saved(await onSubmit(result, elsewhere.base));
      }}
      wide
      notice={
        <ChangedElsewhereNotice
          changed={elsewhere.changed}
          asking={elsewhere.asking}
          labelOf={labelOf}
          onTakeTheirs={elsewhere.takeTheirs}
          onKeepMine={elsewhere.keepMine}
        />
      }
    >
      <div className="code-form">
        <div className="code-form-languages">
          {language('Sv')}
          {language('En')}
        </div>
        <fieldset className="code-form-appearance">
          <legend>{t(withShortcut ? 'ui.codebookEditor.form.appearance' : 'ui.codebookEditor.form.colour')}</legend>
          <ColourChooser value={values.colour} onChange={(colour) => setValues((v) => ({ ...v, colour }))} legend={t('ui.codebookEditor.form.colour')} hint={t('ui.codebookEditor.form.colourHint')} />
          {withShortcut && structure && <p className="field-hint shortcut-structure">{t('ui.codebookEditor.form.shortcutStructure')}</p>}
          {withShortcut && !structure && (
            <div className={errors.shortcut ? 'field field-invalid shortcut-field' : 'field shortcut-field'}>
              <label htmlFor={shortcutId}>{t('ui.codebookEditor.form.shortcut')}</label>
              <input
                id={shortcutId}
                type="text"
                className="shortcut-input"
                autoComplete="off"
                value={values.shortcut}
                // One key: typing another replaces it.
                onChange={(event) => setValues((v) => ({ ...v, shortcut: event.target.value.trim().slice(-1).toLowerCase() }))}
                aria-invalid={errors.shortcut !== null}
                aria-describedby={`${shortcutId}-hint ${shortcutId}-status`}
              />
              <span id={`${shortcutId}-hint`} className="field-hint">
                {t('ui.codebookEditor.form.shortcutHint')}
              </span>
              <span id={`${shortcutId}-status`} className={errors.shortcut ? 'field-error' : 'shortcut-taken'} aria-live="polite">
                {errors.shortcut ?? (holder ? t('ui.codebookEditor.form.shortcutTaken', { key: shortcut, code: codeLabel(holder, i18n.language) }) : '')}
              </span>
            </div>
          )}
        </fieldset>
      </div>
    </FormDialog>
  );
}
