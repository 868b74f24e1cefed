import type { ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  inputRef: RefObject<HTMLInputElement | null>;
  query: string;
  onQuery: (query: string) => void;
  /** "3 av 12", "Inga träffar", or '' before anything is typed. */
  status: string;
  canStep: boolean;
  onNext: () => void;
  onPrevious: () => void;
  diacriticSensitive: boolean;
  onDiacriticSensitive: (value: boolean) => void;
}

function Chevron({ up }: { up: boolean }): ReactNode {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={up ? 'M3.5 10.5 8 6l4.5 4.5' : 'M3.5 5.5 8 10l4.5-4.5'} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/** Find in the document: the field (Ctrl+F / Cmd+F), how many matches, previous and next, and whether å and a differ. */
export function FindBar({ inputRef, query, onQuery, status, canStep, onNext, onPrevious, diacriticSensitive, onDiacriticSensitive }: Props): ReactNode {
  const { t } = useTranslation();
  return (
    <div className="find-bar" role="search" aria-label={t('ui.reader.findLabel')}>
      <div className="find-row">
        <input
          ref={inputRef}
          type="search"
          className="find-input"
          aria-label={t('ui.reader.findLabel')}
          aria-keyshortcuts="Control+F Meta+F"
          placeholder={t('ui.reader.findPlaceholder')}
          value={query}
          onChange={(event) => onQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              if (event.shiftKey) onPrevious();
              else onNext();
            }
          }}
        />
        <span className="find-status" aria-live="polite">
          {status}
        </span>
        <button type="button" className="icon-button" aria-label={t('ui.reader.findPrevious')} title={t('ui.reader.findPrevious')} disabled={!canStep} onClick={onPrevious}>
          <Chevron up />
        </button>
        <button type="button" className="icon-button" aria-label={t('ui.reader.findNext')} title={t('ui.reader.findNext')} disabled={!canStep} onClick={onNext}>
          <Chevron up={false} />
        </button>
      </div>
      <label className="find-option">
        <input type="checkbox" checked={diacriticSensitive} onChange={(event) => onDiacriticSensitive(event.target.checked)} />
        {t('ui.reader.findDiacritics')}
      </label>
    </div>
  );
}
