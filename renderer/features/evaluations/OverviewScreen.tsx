import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../services/AppContext';
import { useEvaluation, useEvaluationContents } from '../../store';
import { useNotify } from '../../ui/notify';
import { routeHref } from '../../services/route';
import { formatPeriod } from '../../ui/formatDates';
import { EditEvaluationDialog } from './EditEvaluationDialog';
import { SaveEvaluationFileDialog } from './SaveEvaluationFileDialog';
import { ExportQdpxDialog } from './ExportQdpxDialog';
import { useMenuCommand } from '../../services/commands';
import type { OpenedFile } from '../../../shared/ports/platform';
import { EVALUATION_FILE_EXTENSION } from './evaluationFileName';
import { MergeFileDialog } from './MergeFileDialog';
import { CoderWork } from './CoderWork';

/** An evaluation's facts, what it holds, and the way through the work. */
export function OverviewScreen({ evaluationId }: { evaluationId: string }) {
  const { t } = useTranslation();
  const { repos, platform } = useServices();
  const notify = useNotify();
  const evaluation = useEvaluation(repos, evaluationId);
  const contents = useEvaluationContents(repos, evaluationId);
  const [editing, setEditing] = useState(false);
  const [saving, setSaving] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [merging, setMerging] = useState<OpenedFile | null>(null);
  const pickMerge = async () => {
    const picked = await platform.openFiles({ title: t('ui.merge.pickTitle'), filters: [{ name: t('ui.evaluationFiles.fileTypes'), extensions: [EVALUATION_FILE_EXTENSION] }], multiple: false });
    if (!picked.cancelled && picked.files[0]) setMerging(picked.files[0]);
  };
  useMenuCommand('save-evaluation-file', () => setSaving(true));
  useMenuCommand('merge-evaluation-file', () => void pickMerge());
  if (!evaluation || !contents) return <p className="muted">{t('ui.common.loading')}</p>;
  const none = t('ui.overview.none');
  return (
    <section className="screen" aria-labelledby="overview-heading">
      <header className="screen-header">
        <h1 id="overview-heading">{evaluation.title}</h1>
        <div className="actions">
          <button type="button" onClick={() => setEditing(true)}>
            {t('ui.overview.edit')}
          </button>
          <button type="button" onClick={() => setSaving(true)}>
            {t('ui.evaluationFiles.save')}
          </button>
          <button type="button" onClick={() => setExporting(true)}>
            {t('ui.qdpx.export')}
          </button>
          <button type="button" onClick={() => void pickMerge()}>
            {t('ui.merge.button')}
          </button>
        </div>
      </header>
      <div className="overview-grid">
        <div className="panel">
          <h2>{t('ui.overview.facts')}</h2>
          <dl className="facts">
            <dt>{t('ui.evaluation.programme')}</dt>
            <dd>{evaluation.programme || none}</dd>
            <dt>{t('ui.evaluation.agency')}</dt>
            <dd>{evaluation.agency || none}</dd>
            <dt>{t('ui.evaluation.evaluators')}</dt>
            <dd>{evaluation.evaluators.join(', ') || none}</dd>
            <dt>{t('ui.evaluation.period')}</dt>
            <dd>{formatPeriod(evaluation.periodStart, evaluation.periodEnd)}</dd>
            <dt>{t('ui.evaluation.kind')}</dt>
            <dd>{t(evaluation.kind === 'final' ? 'ui.evaluation.kindFinal' : 'ui.evaluation.kindInterim')}</dd>
            <dt>{t('ui.evaluation.reportLanguage')}</dt>
            <dd>{t(`ui.language.${evaluation.reportLanguage}`)}</dd>
          </dl>
          <h2 className="spaced">{t('ui.coders.workHeading')}</h2>
          <CoderWork evaluationId={evaluationId} />
        </div>
        <div className="panel">
          <h2>{t('ui.overview.contents')}</h2>
          <dl className="facts">
            <dt>
              <a href={routeHref({ name: 'projects', evaluationId })}>{t('ui.overview.projects')}</a>
            </dt>
            <dd>{contents.projects}</dd>
            <dt>
              <a href={routeHref({ name: 'documents', evaluationId })}>{t('ui.overview.documents')}</a>
            </dt>
            <dd>{contents.documents}</dd>
            <dt>
              <a href={routeHref({ name: 'matrix', evaluationId })}>{t('ui.overview.segments')}</a>
            </dt>
            <dd>{contents.segments}</dd>
            <dt>
              <a href={routeHref({ name: 'judgements', evaluationId })}>{t('ui.overview.judgements')}</a>
            </dt>
            <dd>{contents.judgements}</dd>
            <dt>
              <a href={routeHref({ name: 'findings', evaluationId })}>{t('ui.overview.findings')}</a>
            </dt>
            <dd>{t('ui.overview.findingCount', { findings: t('ui.counts.findings', { count: contents.findings }), recommendations: t('ui.counts.recommendations', { count: contents.recommendations }) })}</dd>
          </dl>
          <h2 className="spaced">{t('ui.overview.nextSteps')}</h2>
          <ol className="steps">
            <li>{t('ui.overview.step1')}</li>
            <li>{t('ui.overview.step2')}</li>
            <li>{t('ui.overview.step3')}</li>
            <li>{t('ui.overview.step4')}</li>
            <li>{t('ui.overview.step5')}</li>
            <li>{t('ui.overview.step6')}</li>
          </ol>
        </div>
      </div>
      {merging && <MergeFileDialog file={merging} evaluation={evaluation} onClose={() => setMerging(null)} />}
      {saving && <SaveEvaluationFileDialog evaluation={evaluation} onClose={() => setSaving(false)} />}
      {exporting && <ExportQdpxDialog evaluation={evaluation} onClose={() => setExporting(false)} />}
      {editing && evaluation && (
        <EditEvaluationDialog evaluation={evaluation} title={t('ui.overview.editTitle')} submitLabel={t('ui.common.save')} onClose={() => setEditing(false)} onSaved={() => notify(t('ui.overview.saved'))} />
      )}
    </section>
  );
}
