import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Evaluation } from '../../../shared/domain';
import { APP_VERSION } from '../../services/appVersion';
import { useServices } from '../../services/AppContext';
import { useRunningWhile } from '../../services/runningWork';
import { exportQdpxInWorker, type EvaluationFileJob, type ExportOutcome } from '../../services/workers/evaluationFileInWorker';
import { Dialog } from '../../ui/Dialog';
import { errorDetail } from '../../ui/errorDetail';
import { useNotify } from '../../ui/notify';
import { evaluationFileName } from './evaluationFileName';
import { ProgressLine } from '../../ui/ProgressLine';

const QDPX_EXTENSION = 'qdpx';

/**
 * Exports the evaluation as a REFI-QDA project (.qdpx) for NVivo, MAXQDA, ATLAS.ti and QualCoder, after
 * saying what goes into it and what REFI-QDA has no place for. Written in a worker from the store.
 */
export function ExportQdpxDialog({ evaluation, onClose }: { evaluation: Evaluation; onClose: () => void }) {
  const { t } = useTranslation();
  const { repos, platform } = useServices();
  const notify = useNotify();
  const [job, setJob] = useState<EvaluationFileJob<ExportOutcome> | null>(null);
  const [progress, setProgress] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  useRunningWhile('saveFile', job !== null);

  // Avbryt (or Escape) while the project is being written stops the worker and closes: nothing is saved.
  const close = () => {
    job?.cancel();
    onClose();
  };

  const exportNow = async () => {
    setProblem(null);
    try {
      const running = exportQdpxInWorker(repos.evaluationFiles.databaseName, evaluation.id, { origin: `${t('app.name')} ${APP_VERSION}`, now: new Date().toISOString() }, setProgress);
      setJob(running);
      const outcome = await running.result;
      setJob(null);
      if (!outcome.ok) {
        if (!outcome.cancelled) setProblem(t('ui.qdpx.failed', { detail: outcome.error ? errorDetail(t, outcome.error) : outcome.detail }));
        return;
      }
      const name = evaluationFileName(evaluation.title, QDPX_EXTENSION);
      const saved = await platform.saveFile({
        title: t('ui.qdpx.title'),
        suggestedName: name,
        filters: [{ name: t('ui.qdpx.fileTypes'), extensions: [QDPX_EXTENSION] }],
        bytes: outcome.bytes,
        mimeType: 'application/zip',
      });
      if (!saved) return;
      notify(t('ui.qdpx.exported', { name }));
      onClose();
    } catch (e) {
      setJob(null);
      setProblem(t('ui.qdpx.failed', { detail: errorDetail(t, e) }));
    }
  };

  return (
    <Dialog title={t('ui.qdpx.title')} onClose={close}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void exportNow();
        }}
      >
        <p>{t('ui.qdpx.lead')}</p>
        <p>{t('ui.qdpx.goes')}</p>
        <p>{t('ui.qdpx.stays')}</p>
        {job && (
          <ProgressLine label={t('ui.qdpx.exporting')} progress={progress} progressLabel={t('ui.qdpx.progress')} />
        )}
        {problem && (
          <p role="alert" className="error-text">
            {problem}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={close}>
            {t('ui.common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={job !== null}>
            {t('ui.qdpx.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
