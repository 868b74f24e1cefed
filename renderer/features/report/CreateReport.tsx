import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isoDateOf } from '../../../shared/base/isoDate';
import { useServices } from '../../services/AppContext';
import { buildReportInWorker, type ReportJob, type ReportOutcome, type ReportProgress } from '../../services/workers/reportInWorker';
import { useNotify } from '../../ui/notify';
import { errorDetail } from '../../ui/errorDetail';
import { ProblemAlert } from '../../ui/ProblemAlert';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * "Skapa rapport": the report is made in a worker (progress bar with the phase, Avbryt ends the worker and
 * nothing is written), then offered to save under the name suggested from the title and the date, and a
 * toast names the file.
 */
export function CreateReport({ evaluationId }: { evaluationId: string }) {
  const { t } = useTranslation();
  const { repos, platform } = useServices();
  const notify = useNotify();
  const [job, setJob] = useState<ReportJob<ReportOutcome> | null>(null);
  const [progress, setProgress] = useState<ReportProgress>({ phase: 'reading', fraction: 0 });
  const [problem, setProblem] = useState<string | null>(null);

  const create = async () => {
    if (job) return;
    setProblem(null);
    setProgress({ phase: 'reading', fraction: 0 });
    const running = buildReportInWorker(repos.evaluationFiles.databaseName, evaluationId, isoDateOf(new Date()), setProgress);
    setJob(running);
    const outcome = await running.result;
    setJob(null);
    if (!outcome.ok) {
      if (outcome.cancelled) notify(t('ui.report.cancelled'));
      else setProblem(t('ui.report.failed', { detail: outcome.detail }));
      return;
    }
    try {
      const saved = await platform.saveFile({
        title: t('dialog.saveTitle'),
        suggestedName: outcome.fileName,
        filters: [{ name: 'Word', extensions: ['docx'] }],
        bytes: outcome.bytes,
        mimeType: DOCX_MIME,
      });
      notify(saved ? t('ui.report.saved', { fileName: outcome.fileName }) : t('ui.report.notSaved'));
    } catch (error) {
      setProblem(t('ui.report.failed', { detail: errorDetail(t, error) }));
    }
  };

  return (
    <div className="report-create">
      <button type="button" className="primary" onClick={() => void create()} disabled={job !== null}>
        {t('ui.report.create')}
      </button>
      {job && (
        <div className="report-progress" role="status">
          <progress max={1} value={progress.fraction} aria-label={t('ui.report.progressLabel')}>
            {Math.round(progress.fraction * 100)} %
          </progress>
          <span>{t(`ui.report.phase.${progress.phase}`)}</span>
          <button type="button" onClick={() => job.cancel()}>
            {t('ui.report.cancel')}
          </button>
        </div>
      )}
      <ProblemAlert problem={problem} />
    </div>
  );
}
