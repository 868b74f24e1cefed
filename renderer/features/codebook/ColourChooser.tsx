import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CODE_PALETTE } from '../../../shared/coding/copyFramework';

/** A code's colour: one of a small fixed palette (radio buttons), or any colour from the native picker. */
export function ColourChooser({ value, onChange }: { value: string; onChange: (colour: string) => void }) {
  const { t } = useTranslation();
  const name = useId();
  const hintId = `${name}-hint`;
  const current = value.toLowerCase();
  return (
    <fieldset className="colour-chooser" aria-describedby={hintId}>
      <legend>{t('ui.codebookEditor.form.colour')}</legend>
      <div className="colour-options">
        {CODE_PALETTE.map((colour) => (
          <label key={colour} className="colour-option" title={t(`ui.codebookEditor.form.palette.${colour.slice(1)}`, { defaultValue: colour })}>
            <input type="radio" name={name} value={colour} checked={current === colour} onChange={() => onChange(colour)} />
            <span className="colour-swatch" style={{ backgroundColor: colour }} aria-hidden="true" />
            <span className="visually-hidden">{t(`ui.codebookEditor.form.palette.${colour.slice(1)}`, { defaultValue: colour })}</span>
          </label>
        ))}
        <label className="colour-custom">
          <input type="color" value={/^#[0-9a-f]{6}$/.test(current) ? current : '#8ecae6'} onChange={(event) => onChange(event.target.value.toLowerCase())} />
          <span>{t('ui.codebookEditor.form.customColour')}</span>
        </label>
      </div>
      <span id={hintId} className="field-hint">
        {t('ui.codebookEditor.form.colourHint')}
      </span>
    </fieldset>
  );
}
