import { memo, useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EVIDENCE_DIRECTIONS, EVIDENCE_STRENGTHS, type Code, type EvidenceJudgement } from '../../../shared/domain';
import { codeLabel } from '../../../shared/domain/codeLabel';
import { codePlace } from '../../../shared/analysis/codePlace';
import { formatDateTime } from './citation';
import './coding.css';
import { useMemoDraft } from './useMemoDraft';
import { ChangedElsewhereNotice } from '../../ui/ChangedElsewhereNotice';

/** What the evaluator may change of a judgement. */
export type JudgementChange = Partial<Pick<EvidenceJudgement, 'memo' | 'strength' | 'direction'>>;

/** A coded text segment or table coding, as far as its judgement goes. */
export interface JudgedRecord extends EvidenceJudgement {
  id: string;
  codeIds: readonly string[];
  createdAt: string;
  updatedAt: string;
}

interface Props {
  record: JudgedRecord;
  codesById: ReadonlyMap<string, Code>;
  onRemoveCode: (codeId: string) => void;
  /** Saves a change of the record (one undoable step); resolves once written. */
  onJudge: (recordId: string, change: JudgementChange) => Promise<void>;
}

const NOT_SET = '';

/**
 * A choice shown at once when made, before its write comes back; a change from outside (an undo, another
 * record) replaces it.
 */
function useShownChoice<T>(key: string, value: T): [T, (next: T) => void] {
  const [state, setState] = useState({ key, value, seen: value });
  const stale = state.key !== key || !Object.is(state.seen, value);
  if (stale) setState({ key, value, seen: value });
  const set = useCallback((next: T) => setState((current) => ({ ...current, value: next })), []);
  return [stale ? value : state.value, set];
}

/**
 * The judgement of one piece of evidence, shared by text segments and table codings: strength, direction
 * and a memo saved after a pause or on leaving the field (first, and kept in view), its codes (each with
 * its level; remove one here, add one with the palette), who coded it and when.
 */
export const JudgementEditor = memo(function JudgementEditor({ record, codesById, onRemoveCode, onJudge }: Props): ReactNode {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const id = useId();
  const [memoStatus, setMemoStatus] = useState('');
  const saveMemo = useCallback(
    (recordId: string, memo: string) => {
      void onJudge(recordId, { memo }).then(() => setMemoStatus(t('ui.coding.memoSaved')));
    },
    [onJudge, t],
  );
  const memo = useMemoDraft(record.id, record.memo, saveMemo);
  const [strength, setStrength] = useShownChoice(record.id, record.strength);
  const [direction, setDirection] = useShownChoice(record.id, record.direction);
  // Strength, direction and memo come first and are brought into view when another record is chosen (a
  // passage just coded): they are what the evaluator sets next, every time.
  const nowRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    nowRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [record.id]);

  return (
    <div className="judgement">
      <div className="judgement-now" ref={nowRef}>
        <fieldset className="judgement-choice judgement-choice-row">
          <legend>{t('ui.coding.strength')}</legend>
          {[...EVIDENCE_STRENGTHS, NOT_SET].map((value) => (
            <label key={value || 'none'}>
              <input
                type="radio"
                name={`${id}-strength`}
                value={value}
                checked={(strength ?? NOT_SET) === value}
                onChange={() => {
                  const next = value === NOT_SET ? null : (value as (typeof EVIDENCE_STRENGTHS)[number]);
                  setStrength(next);
                  void onJudge(record.id, { strength: next });
                }}
              />
              {t(value === NOT_SET ? 'ui.coding.notSet' : `ui.coding.${value}`)}
            </label>
          ))}
        </fieldset>

        <fieldset className="judgement-choice">
          <legend>{t('ui.coding.direction')}</legend>
          {[...EVIDENCE_DIRECTIONS, NOT_SET].map((value) => (
            <label key={value || 'none'}>
              <input
                type="radio"
                name={`${id}-direction`}
                value={value}
                checked={(direction ?? NOT_SET) === value}
                onChange={() => {
                  const next = value === NOT_SET ? null : (value as (typeof EVIDENCE_DIRECTIONS)[number]);
                  setDirection(next);
                  void onJudge(record.id, { direction: next });
                }}
              />
              {t(value === NOT_SET ? 'ui.coding.notSet' : `ui.coding.${value}`)}
            </label>
          ))}
        </fieldset>

        <label className="judgement-label" htmlFor={`${id}-memo`}>
          {t('ui.coding.memo')}
        </label>
        <textarea
          id={`${id}-memo`}
          className="judgement-memo"
          rows={3}
          value={memo.value}
          aria-describedby={`${id}-memo-hint`}
          onChange={(event) => {
            setMemoStatus('');
            memo.onChange(event.target.value);
          }}
          onBlur={memo.flush}
        />
        {memo.elsewhere !== null && (
          <ChangedElsewhereNotice
            changed={[{ field: 'memo', theirs: memo.elsewhere, mine: memo.value }]}
            asking={false}
            labelOf={() => t('ui.coding.memo')}
            onTakeTheirs={memo.takeTheirs}
            onKeepMine={memo.keepMine}
          />
        )}
        <p id={`${id}-memo-hint`} className="muted small judgement-hint" aria-live="polite">
          {memoStatus || t('ui.coding.memoHint')}
        </p>
      </div>

      <h3 className="judgement-label" id={`${id}-codes`}>
        {t('ui.coding.codes')}
      </h3>
      {record.codeIds.length === 0 ? (
        <p className="muted small">{t('ui.coding.noCodesOnSegment')}</p>
      ) : (
        <ul className="chips" aria-labelledby={`${id}-codes`}>
          {record.codeIds.map((codeId) => {
            const code = codesById.get(codeId);
            const label = code ? codeLabel(code, language) : t('ui.reader.unknownCode');
            // The level and the codes above tell apart codes of one name ("Nya samverkansparter" is at two levels).
            const place = code ? codePlace(code, codesById) : null;
            const path = place ? [...place.ancestors.map((above) => codeLabel(above, language)), label].join(' › ') : label;
            return (
              <li key={codeId} className="chip" style={{ borderLeftColor: code?.colour }} title={path}>
                {place?.level && <span className="chip-level">{t(`levelShort.${place.level}`)}</span>}
                <span>{label}</span>
                <button type="button" className="chip-remove" aria-label={t('ui.coding.removeCode', { code: label })} onClick={() => onRemoveCode(codeId)}>
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <p className="muted small judgement-hint">{t('ui.coding.addCodeHint')}</p>

      <dl className="judgement-facts">
        <dt>{t('ui.coding.coder')}</dt>
        <dd>{record.coder.trim() || <span className="muted">{t('ui.coding.unknownCoder')}</span>}</dd>
        <dt>{t('ui.coding.created')}</dt>
        <dd>
          <time dateTime={record.createdAt}>{formatDateTime(record.createdAt, language)}</time>
        </dd>
        <dt>{t('ui.coding.updated')}</dt>
        <dd>
          <time dateTime={record.updatedAt}>{formatDateTime(record.updatedAt, language)}</time>
        </dd>
      </dl>
    </div>
  );
});
