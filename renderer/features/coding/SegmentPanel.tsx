import { memo, useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code, Project, Segment } from '../../../shared/domain';
import { codeLabel } from '../../../shared/domain/codeLabel';
import './coding.css';
import { JudgementEditor, type JudgementChange } from './JudgementEditor';
import { PassageProjectField } from './PassageProjectField';
import { ReportMarkToggles, type ReportMarkState } from '../../ui/ReportMarkToggles';
import type { Direction } from './navigation';
import type { RangeStep } from './wordStep';

interface Props {
  segment: Segment;
  codesById: ReadonlyMap<string, Code>;
  /** "Projekt, Dokument, s. 4". */
  citation: string;
  /** The segment's place among the document's segments, from 1. */
  index: number;
  total: number;
  /** Whether text is selected in the document now (for "use the selection as the range"). */
  hasSelection: boolean;
  /** The code followed across documents (one of the segment's codes), or null. */
  followCodeId: string | null;
  onFollowCode: (codeId: string) => void;
  onShow: () => void;
  onClose: () => void;
  onRemoveCode: (codeId: string) => void;
  onJudge: (segmentId: string, change: JudgementChange) => Promise<void>;
  /** Marks the passage (or its memo) for the report: one undoable step. */
  onMarkReport: (marks: ReportMarkState) => void;
  onDelete: () => void;
  onUseSelection: () => void;
  onStep: (step: RangeStep) => void;
  onNavigate: (direction: Direction) => void;
  onNavigateCode: (direction: Direction) => void;
  /** In a document of the programme as a whole: the projects a passage can be about, and the change. */
  passageProject?: { projects: readonly Project[]; onChange: (projectId: string | null) => void } | null;
}

const STEPS: readonly RangeStep[] = ['extendStart', 'shrinkStart', 'shrinkEnd', 'extendEnd'];

/**
 * The selected segment: its quote and source, its codes and judgement, its range (from the selection,
 * or a word at a time), stepping to the next or previous segment (in the document, or with the same
 * code across the evaluation), and deleting it (undoable, so without asking).
 */
export const SegmentPanel = memo(function SegmentPanel(props: Props): ReactNode {
  const { segment, codesById, citation, index, total, hasSelection, followCodeId } = props;
  const { t, i18n } = useTranslation();
  const id = useId();
  const followable = segment.codeIds.filter((codeId) => codesById.has(codeId));

  return (
    <section className="segment-panel" aria-labelledby={`${id}-heading`}>
      <header className="segment-panel-head">
        <h2 id={`${id}-heading`}>{t('ui.coding.segmentHeading')}</h2>
        <span className="muted small">{t('ui.coding.position', { index, total })}</span>
        <button type="button" className="icon-button segment-panel-close" aria-label={t('ui.coding.closeSegment')} title={t('ui.coding.closeSegment')} onClick={props.onClose}>
          ×
        </button>
      </header>
      <nav className="segment-nav" aria-label={t('ui.coding.navigation')}>
        <button type="button" onClick={() => props.onNavigate('previous')} aria-keyshortcuts="Alt+ArrowUp">
          ↑ {t('ui.coding.previous')}
        </button>
        <button type="button" onClick={() => props.onNavigate('next')} aria-keyshortcuts="Alt+ArrowDown">
          ↓ {t('ui.coding.next')}
        </button>
      </nav>
      <blockquote className="segment-panel-quote">
        <button type="button" className="segment-quote" title={t('ui.reader.showInText')} aria-label={t('ui.reader.showInText')} onClick={props.onShow}>
          <q>{segment.quote.exact}</q>
        </button>
      </blockquote>
      <p className="segment-citation small">
        <span className="muted">{t('ui.coding.source')}: </span>
        <cite>{citation}</cite>
      </p>

      {props.passageProject && <PassageProjectField projectId={segment.projectId} projects={props.passageProject.projects} onChange={props.passageProject.onChange} />}

      <JudgementEditor record={segment} codesById={codesById} onRemoveCode={props.onRemoveCode} onJudge={props.onJudge} />

      <fieldset className="segment-report">
        <legend>{t('ui.reportMarks.legend')}</legend>
        <ReportMarkToggles key={segment.id} marks={segment} hasMemo={segment.memo.trim() !== ''} onChange={props.onMarkReport} />
      </fieldset>

      {followable.length > 0 && (
        <div className="segment-follow">
          {followable.length > 1 ? (
            <>
              <label htmlFor={`${id}-follow`} className="judgement-label">
                {t('ui.coding.followCode')}
              </label>
              <select id={`${id}-follow`} value={followCodeId ?? followable[0]} onChange={(event) => props.onFollowCode(event.target.value)}>
                {followable.map((codeId) => {
                  const code = codesById.get(codeId) as Code;
                  return (
                    <option key={codeId} value={codeId}>
                      {codeLabel(code, i18n.language)}
                    </option>
                  );
                })}
              </select>
            </>
          ) : (
            <p className="segment-follow-one">
              <span className="judgement-label">{t('ui.coding.followCode')}:</span> {codeLabel(codesById.get(followable[0] as string) as Code, i18n.language)}
            </p>
          )}
          <div className="segment-nav">
            <button type="button" onClick={() => props.onNavigateCode('previous')} aria-label={t('ui.coding.previousWithCode')} aria-keyshortcuts="Alt+Shift+ArrowUp">
              ↑ {t('ui.coding.previousShort')}
            </button>
            <button type="button" onClick={() => props.onNavigateCode('next')} aria-label={t('ui.coding.nextWithCode')} aria-keyshortcuts="Alt+Shift+ArrowDown">
              ↓ {t('ui.coding.nextShort')}
            </button>
          </div>
        </div>
      )}
      <p className="muted small judgement-hint">{t('ui.coding.navHint')}</p>

      <fieldset className="segment-range">
        <legend>{t('ui.coding.range')}</legend>
        <button type="button" disabled={!hasSelection} onClick={props.onUseSelection} aria-describedby={hasSelection ? undefined : `${id}-range-hint`}>
          {t('ui.coding.useSelection')}
        </button>
        {!hasSelection && (
          <p id={`${id}-range-hint`} className="muted small judgement-hint">
            {t('ui.coding.useSelectionHint')}
          </p>
        )}
        <div className="segment-steps">
          {STEPS.map((step) => (
            <button key={step} type="button" onClick={() => props.onStep(step)}>
              {t(`ui.coding.${step}`)}
            </button>
          ))}
        </div>
      </fieldset>

      <button type="button" className="danger-quiet segment-delete" onClick={props.onDelete}>
        {t('ui.coding.deleteSegment')}
      </button>
    </section>
  );
});
