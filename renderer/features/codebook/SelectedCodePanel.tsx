import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code, Id } from '../../../shared/domain';
import { routeHref } from '../../services/route';
import { codeLabel } from '../../../shared/domain/codeLabel';
import { ancestorsOf } from './codeTree';
import { evidenceText } from './evidenceText';
import { movePlans, type MoveDirection, type MovePlan } from '../../../shared/coding/movePlans';
import { NO_EVIDENCE, type EvidenceCount } from './useEvidenceCounts';

interface SelectedCodePanelProps {
  evaluationId: Id;
  code: Code | null;
  codes: readonly Code[];
  counts: ReadonlyMap<Id, EvidenceCount> | undefined;
  onEdit: (code: Code) => void;
  onAddChild: (code: Code) => void;
  onMove: (code: Code, plan: MovePlan) => void;
  onMerge: (code: Code) => void;
  onDelete: (code: Code) => void;
}

const MOVES: { direction: MoveDirection; icon: string; key: 'moveUp' | 'moveDown' | 'moveIn' | 'moveOut' }[] = [
  { direction: 'up', icon: '↑', key: 'moveUp' },
  { direction: 'down', icon: '↓', key: 'moveDown' },
  { direction: 'in', icon: '→', key: 'moveIn' },
  { direction: 'out', icon: '←', key: 'moveOut' },
];

/**
 * The code selected in the tree and everything that can be done with it: edit, add a child code, move
 * (up, down, in, out: the keyboard's way to do what dragging does), merge and delete.
 */
export function SelectedCodePanel({ evaluationId, code, codes, counts, onEdit, onAddChild, onMove, onMerge, onDelete }: SelectedCodePanelProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const language = i18n.language;
  if (!code) {
    return (
      <section className="code-panel" aria-labelledby={headingId}>
        <h2 id={headingId} className="code-panel-heading">
          {t('ui.codebookEditor.panel.heading')}
        </h2>
        <p className="muted">{t('ui.codebookEditor.panel.none')}</p>
      </section>
    );
  }
  const label = codeLabel(code, language);
  const byId = new Map(codes.map((c) => [c.id, c]));
  const path = ancestorsOf(byId, code).map((c) => codeLabel(c, language));
  const plans = movePlans(codes, code);
  const count = counts?.get(code.id) ?? NO_EVIDENCE;
  return (
    <section className="code-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="code-panel-heading">
        {t('ui.codebookEditor.panel.heading')}
      </h2>
      <p className="code-panel-name">
        <span className="code-swatch" style={{ backgroundColor: code.colour }} aria-hidden="true" />
        <strong>{label}</strong>
      </p>
      <dl className="code-panel-facts">
        <dt>{t('ui.codebookEditor.panel.framework')}</dt>
        <dd>{t(`framework.${code.frameworkId ?? 'own'}`, { defaultValue: code.frameworkId ?? '' })}</dd>
        <dt>{t('ui.codebookEditor.panel.placement')}</dt>
        <dd>{path.length > 0 ? path.join(t('ui.codebookEditor.pathSeparator')) : t('ui.codebookEditor.panel.topLevel')}</dd>
        <dt>{t('ui.codebookEditor.panel.shortcut')}</dt>
        <dd>{code.shortcut ? <kbd className="code-shortcut">{code.shortcut}</kbd> : t('ui.codebookEditor.panel.noShortcut')}</dd>
        <dt>{t('ui.codebookEditor.panel.evidence')}</dt>
        <dd>
          <a href={routeHref({ name: 'code', evaluationId, codeId: code.id })} aria-label={`${evidenceText(t, count)}: ${t('ui.codebookEditor.panel.showQuotesNamed', { code: label })}`}>
            {evidenceText(t, count)}
          </a>
        </dd>
      </dl>
      <div className="code-panel-actions">
        <button type="button" onClick={() => onEdit(code)} aria-label={t('ui.codebookEditor.panel.editNamed', { code: label })}>
          {t('ui.codebookEditor.panel.edit')}
        </button>
        <button type="button" onClick={() => onAddChild(code)} aria-label={t('ui.codebookEditor.panel.addChildNamed', { code: label })}>
          {t('ui.codebookEditor.panel.addChild')}
        </button>
      </div>
      <div className="code-panel-moves" role="group" aria-label={t('ui.codebookEditor.panel.moveGroup')}>
        <span className="code-panel-moves-label" aria-hidden="true">
          {t('ui.codebookEditor.panel.moveGroup')}
        </span>
        {MOVES.map(({ direction, icon, key }) => {
          const plan = plans[direction];
          const target = plan ? codeLabel(plan.target, language) : '';
          return (
            // aria-disabled rather than disabled: the focus stays on the button when a move makes it unusable.
            <button
              key={direction}
              type="button"
              aria-disabled={!plan}
              className={plan ? undefined : 'is-disabled'}
              onClick={() => plan && onMove(code, plan)}
              aria-label={plan ? t(`ui.codebookEditor.panel.${key}Named`, { code: label, target }) : t(`ui.codebookEditor.panel.${key}`)}
            >
              <span aria-hidden="true">{icon}</span> {t(`ui.codebookEditor.panel.${key}`)}
            </button>
          );
        })}
      </div>
      <div className="code-panel-actions">
        <button type="button" onClick={() => onMerge(code)} aria-label={t('ui.codebookEditor.panel.mergeNamed', { code: label })}>
          {t('ui.codebookEditor.panel.merge')}
        </button>
        <button type="button" className="danger-quiet" onClick={() => onDelete(code)} aria-label={t('ui.codebookEditor.panel.deleteNamed', { code: label })}>
          {t('ui.codebookEditor.panel.delete')}
        </button>
      </div>
    </section>
  );
}
