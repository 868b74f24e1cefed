import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CODE_PALETTE } from '../../../shared/coding/copyFramework';
import { moveLevel, newLevelKey, removedLevels, scaleProblems, type ScaleProblem } from '../../../shared/coding/scaleEdit';
import { defaultScale, type RatingScale, type ScaleLevel } from '../../../shared/domain';
import { FormDialog } from '../../ui/FormDialog';
import { levelLabel } from '../../../shared/domain';
import { ScaleLevelRow } from './ScaleLevelRow';
import { useChangedElsewhere } from '../../ui/useChangedElsewhere';
import { ChangedElsewhereNotice } from '../../ui/ChangedElsewhereNotice';

interface ScaleDialogProps {
  scale: RatingScale;
  frameworkName: string;
  /** How many judgements of the framework's criteria are rated with each level key. */
  usage: ReadonlyMap<string, number>;
  onSave: (levels: ScaleLevel[], moveRemovedTo: string | null) => Promise<void>;
  onClose: () => void;
}

function problemText(problem: ScaleProblem): string {
  if (problem.kind === 'tooFew') return 'ui.scales.problem.tooFew';
  const language = problem.language === 'sv' ? 'Sv' : 'En';
  return problem.kind === 'emptyLabel' ? `ui.scales.problem.empty${language}` : `ui.scales.problem.duplicate${language}`;
}

/**
 * Edits a framework's rating scale: each level's labels in Swedish and English, colour, "Kan inte
 * bedömas" flag and order; levels added and removed; the default scale filled back in. Where a removed
 * level is used by judgements, it says how many and lets the evaluator choose what they become.
 */
export function ScaleDialog({ scale, frameworkName, usage, onSave, onClose }: ScaleDialogProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [levels, setLevels] = useState<ScaleLevel[]>(() => scale.levels.map((level) => ({ ...level })));
  const [moveTo, setMoveTo] = useState('');
  const [checked, setChecked] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  // The scale as stored now may change in another window while the dialog is open: shown, and asked about.
  const elsewhere = useChangedElsewhere({ levels: scale.levels }, { levels: scale.levels }, { levels }, (s: { levels: ScaleLevel[] }) => ({ levels: s.levels }), (update) =>
    setLevels((current) => update({ levels: current }).levels),
  );
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());
  const focusAfterMove = useRef<{ key: string; by: -1 | 1 } | null>(null);

  const problems = useMemo(() => (checked ? scaleProblems(levels) : []), [checked, levels]);
  const removed = removedLevels(scale.levels, levels);
  const removedUse = removed.reduce((sum, level) => sum + (usage.get(level.key) ?? 0), 0);
  const name = (level: ScaleLevel) => levelLabel(level, i18n.language).trim() || t('ui.scales.unnamed');
  const errorOf = (index: number, language: 'sv' | 'en') => {
    const problem = problems.find((p) => p.kind !== 'tooFew' && p.index === index && p.language === language);
    return problem ? t(problemText(problem)) : null;
  };
  const tooFew = problems.some((p) => p.kind === 'tooFew');

  useEffect(() => {
    const focus = focusAfterMove.current;
    if (!focus) return;
    focusAfterMove.current = null;
    // The moved level's button keeps the focus; at the top or bottom, its other move button takes it.
    const own = buttons.current.get(`${focus.key}:${focus.by}`);
    (own && !own.disabled ? own : buttons.current.get(`${focus.key}:${-focus.by}`))?.focus();
  });

  const edit = (next: ScaleLevel[]) => {
    setLevels(next);
    setNote(null);
    if (!next.some((level) => level.key === moveTo)) setMoveTo('');
  };

  return (
    <FormDialog
      title={t('ui.scales.title', { framework: frameworkName })}
      submitLabel={t('ui.scales.save')}
      onClose={onClose}
      wide
      validate={() => {
        setChecked(true);
        return scaleProblems(levels).length === 0 ? { levels, moveTo: moveTo === '' ? null : moveTo } : null;
      }}
      onSubmit={async (value) => {
        // The whole scale is one field: changed elsewhere and not yet taken or kept, saving would overwrite it.
        if (elsewhere.changed.length > 0) return void elsewhere.saved(elsewhere.changed);
        await onSave(value.levels, value.moveTo);
      }}
      notice={
        <ChangedElsewhereNotice
          changed={elsewhere.changed}
          asking={elsewhere.asking}
          labelOf={() => t('ui.scales.levels')}
          show={(value) => value.map((level) => name(level)).join(' · ')}
          onTakeTheirs={elsewhere.takeTheirs}
          onKeepMine={elsewhere.keepMine}
        />
      }
    >
      <p className="muted">{t('ui.scales.lead')}</p>
      <ol className="scale-levels" aria-label={t('ui.scales.levels')}>
        {levels.map((level, index) => (
          <ScaleLevelRow
            key={level.key}
            level={level}
            index={index}
            count={levels.length}
            name={name(level)}
            used={usage.get(level.key) ?? 0}
            errors={{ sv: errorOf(index, 'sv'), en: errorOf(index, 'en') }}
            autoFocus={level.key === added}
            upRef={(element) => void buttons.current.set(`${level.key}:-1`, element)}
            downRef={(element) => void buttons.current.set(`${level.key}:1`, element)}
            onChange={(changed) => edit(levels.map((l) => (l.key === level.key ? changed : l)))}
            onMove={(by) => {
              edit(moveLevel(levels, index, by));
              focusAfterMove.current = { key: level.key, by };
            }}
            onRemove={() => edit(levels.filter((l) => l.key !== level.key))}
          />
        ))}
      </ol>
      {tooFew && (
        <p role="alert" className="field-error">
          {t('ui.scales.problem.tooFew')}
        </p>
      )}
      <div className="scale-buttons">
        <button
          type="button"
          onClick={() => {
            // Never the key of a level just removed: judgements rated with it would take the new level.
            const key = newLevelKey([...scale.levels, ...levels]);
            setAdded(key);
            edit([...levels, { key, labelSv: '', labelEn: '', colour: CODE_PALETTE[levels.length % CODE_PALETTE.length] ?? '#8ecae6', order: levels.length, notAssessable: false }]);
          }}
        >
          {t('ui.scales.add')}
        </button>
        <button
          type="button"
          onClick={() => {
            edit(defaultScale(scale.evaluationId, scale.frameworkId).levels);
            setNote(t('ui.scales.resetDone'));
          }}
        >
          {t('ui.scales.reset')}
        </button>
      </div>
      <p className="muted" aria-live="polite">
        {note}
      </p>
      {removedUse > 0 && (
        <div className="field scale-removed" role="group" aria-labelledby={`${id}-removed`}>
          <p id={`${id}-removed`} className="warning">
            {t('ui.scales.removedUse', { count: removedUse })}
          </p>
          <label htmlFor={`${id}-move`}>{t('ui.scales.moveTo')}</label>
          <select id={`${id}-move`} value={moveTo} onChange={(event) => setMoveTo(event.target.value)}>
            <option value="">{t('ui.scales.becomeUnrated')}</option>
            {levels.map((level) => (
              <option key={level.key} value={level.key}>
                {t('ui.scales.moveToLevel', { level: name(level) })}
              </option>
            ))}
          </select>
        </div>
      )}
      <p className="muted">{t('ui.scales.undoHint')}</p>
    </FormDialog>
  );
}
