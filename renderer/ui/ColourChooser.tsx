import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CODE_PALETTE } from '../../shared/coding/copyFramework';
import './colourChooser.css';

interface ColourChooserProps {
  value: string;
  onChange: (colour: string) => void;
  /** The group's name (its legend). */
  legend: string;
  /** A line under the swatches, e.g. why the colour is never shown alone. */
  hint?: string;
  /** Hides the legend visually (it still names the group), for a chooser in a row of labelled fields. */
  compact?: boolean;
}

/** A colour: one of a small fixed palette (radio buttons), or any colour from the native picker. */
export function ColourChooser({ value, onChange, legend, hint, compact = false }: ColourChooserProps) {
  const { t } = useTranslation();
  const name = useId();
  const hintId = `${name}-hint`;
  const current = value.toLowerCase();
  return (
    <fieldset className={compact ? 'colour-chooser compact' : 'colour-chooser'} aria-describedby={hint ? hintId : undefined}>
      <legend className={compact ? 'visually-hidden' : undefined}>{legend}</legend>
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
      {hint && (
        <span id={hintId} className="field-hint">
          {hint}
        </span>
      )}
    </fieldset>
  );
}
