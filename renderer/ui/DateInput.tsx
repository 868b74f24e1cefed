import { useRef, useState, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate, looseIsoDate } from '../../shared/base/isoDate';

type Passed = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'value' | 'onChange' | 'defaultValue'>;

interface DateInputProps extends Passed {
  /** `YYYY-MM-DD`, or '' for no date (a form may hand back what the evaluator typed, to say it is wrong). */
  value: string;
  /**
   * Called with '' or a real date as `YYYY-MM-DD` while typing; on leaving the field, with the date read
   * from what was typed (`2024-3-5` becomes `2024-03-05`), or else the text itself so a form can say it
   * is no date.
   */
  onChange: (value: string) => void;
}

/**
 * A date field that reads and writes `ÅÅÅÅ-MM-DD` whatever the browser's or the system's locale: a native
 * date input shows `03/05/2024` on an English system, which a Swedish evaluator reads as 3 May. Typed as
 * text (the year first, in any of the forms looseIsoDate accepts), with a button opening the calendar.
 */
export function DateInput({ value, onChange, className, onBlur, 'aria-invalid': markedInvalid, ...rest }: DateInputProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  const [emitted, setEmitted] = useState(value);
  const picker = useRef<HTMLInputElement>(null);
  // A value set from outside (a reset filter, another document) replaces what is being typed.
  if (value !== seen) {
    setSeen(value);
    if (value !== emitted) setDraft(value);
    setEmitted(value);
  }
  const emit = (next: string) => {
    setEmitted(next);
    onChange(next);
  };
  const typed = (text: string) => {
    setDraft(text);
    if (text.trim() === '') emit('');
    else if (isIsoDate(text)) emit(text);
  };
  const left = () => {
    const read = draft.trim() === '' ? '' : (looseIsoDate(draft) ?? draft);
    setDraft(read);
    if (read !== emitted) emit(read);
  };
  const invalid = draft.trim() !== '' && looseIsoDate(draft) === null;

  return (
    <span className="date-input">
      <input
        title={t('ui.common.dateHint')}
        {...rest}
        aria-invalid={invalid || markedInvalid === true || markedInvalid === 'true' || undefined}
        className={className}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={t('ui.common.datePlaceholder')}
        size={11}
        value={draft}
        onChange={(e) => typed(e.target.value)}
        onBlur={(e) => {
          left();
          onBlur?.(e);
        }}
      />
      <button type="button" className="date-input-calendar" aria-label={t('ui.common.dateCalendar')} title={t('ui.common.dateCalendar')} disabled={rest.disabled} onClick={() => picker.current?.showPicker()}>
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <rect x="1.5" y="2.5" width="13" height="12" rx="1.5" fill="none" stroke="currentColor" />
          <path d="M1.5 6h13M5 1v3M11 1v3" stroke="currentColor" fill="none" />
        </svg>
      </button>
      <input
        ref={picker}
        className="date-input-picker"
        type="date"
        tabIndex={-1}
        aria-hidden="true"
        value={isIsoDate(draft) ? draft : ''}
        onChange={(e) => {
          setDraft(e.target.value);
          emit(e.target.value);
        }}
      />
    </span>
  );
}
