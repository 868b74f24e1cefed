import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { restsOnNoEvidence, type JudgementPatch } from '../../../shared/coding/judgementEdit';
import { CONFIDENCES, type Judgement, type RatingScale } from '../../../shared/domain';
import { levelLabel } from '../../../shared/domain';
import { ChangedElsewhereNotice } from '../../ui/ChangedElsewhereNotice';

/** The judgement of one cell: the rating on the framework's scale, the confidence, the justification. */
export function JudgementEditor(props: { judgement: Judgement | null; scale: RatingScale; onChange: (patch: JudgementPatch) => void }) {
  const { t, i18n } = useTranslation();
  const { judgement, scale, onChange } = props;
  const id = useId();
  const stored = judgement?.justification ?? '';
  // What is being typed, and the stored words it started from; null shows the stored words (which undo may change).
  const [draft, setDraftState] = useState<{ text: string; base: string } | null>(null);
  const setDraft = (text: string) => setDraftState((d) => ({ text, base: d?.base ?? stored }));
  // Words stored meanwhile by another window while this draft was typed: shown, and asked about before writing.
  const changedElsewhere = draft !== null && draft.base !== stored;
  const [asking, setAsking] = useState(false);
  const keepMine = () => {
    if (draft === null) return;
    setAsking(false);
    onChange({ justification: draft.text });
    setDraftState(null);
  };
  const noEvidence = judgement === null || restsOnNoEvidence(judgement);

  return (
    <div className="judgement-editor">
      <fieldset>
        <legend>{t('ui.judgements.rating')}</legend>
        {scale.levels.map((level) => (
          <label key={level.key} className="radio">
            <input type="radio" name={`${id}-rating`} value={level.key} checked={judgement?.rating === level.key} onChange={() => onChange({ rating: level.key })} />
            <span className="swatch" aria-hidden="true" style={{ background: level.colour }} />
            {levelLabel(level, i18n.language)}
          </label>
        ))}
        {judgement?.rating != null && (
          <button type="button" className="link-button" onClick={() => onChange({ rating: null })}>
            {t('ui.judgements.clearRating')}
          </button>
        )}
      </fieldset>
      <fieldset>
        <legend>{t('ui.judgements.confidence')}</legend>
        {CONFIDENCES.map((confidence) => (
          <label key={confidence} className="radio">
            <input type="radio" name={`${id}-confidence`} value={confidence} checked={judgement?.confidence === confidence} onChange={() => onChange({ confidence })} />
            {t(`ui.judgements.confidenceLevel.${confidence}`)}
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span>{t('ui.judgements.justification')}</span>
        <textarea
          rows={4}
          value={draft?.text ?? stored}
          aria-describedby={`${id}-hint`}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => {
            if (draft === null) return;
            // Changed elsewhere meanwhile: the draft stays until the evaluator takes theirs or keeps it.
            if (changedElsewhere && draft.text !== stored) return setAsking(true);
            if (draft.text !== stored) onChange({ justification: draft.text });
            setDraftState(null);
          }}
        />
        <small id={`${id}-hint`} className="muted">
          {t('ui.judgements.justificationHint')}
        </small>
      </label>
      {changedElsewhere && (
        <ChangedElsewhereNotice
          changed={[{ field: 'justification', theirs: stored, ...(draft.text !== draft.base ? { mine: draft.text } : {}) }]}
          asking={asking}
          labelOf={() => t('ui.judgements.justification')}
          onTakeTheirs={() => {
            setAsking(false);
            setDraftState(null);
          }}
          onKeepMine={keepMine}
        />
      )}
      {noEvidence && (
        <p className="warning" role="note">
          {t('ui.judgements.noEvidenceWarning')}
        </p>
      )}
    </div>
  );
}
