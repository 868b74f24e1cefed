import { useId, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScaleLevel } from '../../../shared/domain';
import { ColourChooser } from '../../ui/ColourChooser';

interface ScaleLevelRowProps {
  level: ScaleLevel;
  index: number;
  count: number;
  /** The level's name in the UI's language, for the buttons' accessible names. */
  name: string;
  /** How many judgements are rated with the level (as stored). */
  used: number;
  errors: { sv: string | null; en: string | null };
  onChange: (level: ScaleLevel) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  /** Where the move buttons are, to keep the focus on them as the row moves. */
  upRef: Ref<HTMLButtonElement>;
  downRef: Ref<HTMLButtonElement>;
  autoFocus: boolean;
}

/** One level of a scale being edited: its labels in Swedish and English, colour, flag, order and removal. */
export function ScaleLevelRow({ level, index, count, name, used, errors, onChange, onMove, onRemove, upRef, downRef, autoFocus }: ScaleLevelRowProps) {
  const { t } = useTranslation();
  const id = useId();
  const text = (language: 'sv' | 'en') => {
    const field = language === 'sv' ? 'labelSv' : 'labelEn';
    const error = errors[language];
    return (
      <div className={error ? 'field field-invalid' : 'field'}>
        <label htmlFor={`${id}-${language}`}>{t(language === 'sv' ? 'ui.scales.labelSv' : 'ui.scales.labelEn')}</label>
        <input
          id={`${id}-${language}`}
          type="text"
          value={level[field]}
          autoFocus={autoFocus && language === 'sv'}
          aria-invalid={error !== null}
          aria-describedby={error ? `${id}-${language}-error` : undefined}
          onChange={(event) => onChange({ ...level, [field]: event.target.value })}
        />
        {error && (
          <span id={`${id}-${language}-error`} className="field-error">
            {error}
          </span>
        )}
      </div>
    );
  };
  return (
    <li className="scale-level">
      <fieldset>
        <legend>
          <span className="swatch" aria-hidden="true" style={{ background: level.colour }} />
          {t('ui.scales.level', { number: index + 1 })}
        </legend>
        <div className="scale-level-fields">
          {text('sv')}
          {text('en')}
          <div className="scale-level-actions">
            <button type="button" className="icon-button" ref={upRef} disabled={index === 0} aria-label={t('ui.scales.moveUp', { level: name })} title={t('ui.scales.moveUp', { level: name })} onClick={() => onMove(-1)}>
              ↑
            </button>
            <button type="button" className="icon-button" ref={downRef} disabled={index === count - 1} aria-label={t('ui.scales.moveDown', { level: name })} title={t('ui.scales.moveDown', { level: name })} onClick={() => onMove(1)}>
              ↓
            </button>
            <button type="button" className="icon-button" aria-label={t('ui.scales.remove', { level: name })} title={t('ui.scales.remove', { level: name })} onClick={onRemove}>
              ✕
            </button>
          </div>
        </div>
        <div className="scale-level-fields">
          <ColourChooser compact value={level.colour} legend={t('ui.scales.colour', { level: name })} onChange={(colour) => onChange({ ...level, colour })} />
          <label className="checkbox" title={t('ui.scales.notAssessableHint')}>
            <input type="checkbox" checked={level.notAssessable} onChange={(event) => onChange({ ...level, notAssessable: event.target.checked })} />
            {t('ui.scales.notAssessable')}
          </label>
        </div>
        {used > 0 && <p className="field-hint">{t('ui.scales.usedBy', { count: used, level: name })}</p>}
      </fieldset>
    </li>
  );
}
