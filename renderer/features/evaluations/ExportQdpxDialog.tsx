import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Evaluation } from '../../../shared/domain';
import { APP_VERSION } from '../../services/appVersion';
import { useServices } from '../../services/AppContext';
import { exportQdpxInWorker } from '../../services/workers/evaluationFileInWorker';
import { Dialog } from '../../ui/Dialog';
import { evaluationFileName } from './evaluationFileName';
import { ProgressLine } from '../../ui/ProgressLine';
import { useWrittenFileSave } from './useWrittenFileSave';

const QDPX_EXTENSION = 'qdpx';

/**
 * Exports the evaluation as a REFI-QDA project (.qdpx) for NVivo, MAXQDA, ATLAS.ti and QualCoder, after
 * saying what goes into it and what REFI-QDA has no place for. Written in a worker from the store.
 */
export function ExportQdpxDialog({ evaluation, onClose }: { evaluation: Evaluation; onClose: () => void }) {
  const { t } = useTranslation();
  const { repos } = useServices();
  const [problem, setProblem] = useState<string | null>(null);
  const { writing, progress, close, write } = useWrittenFileSave(onClose, setProblem);
  const name = evaluationFileName(evaluation.title, QDPX_EXTENSION);
  const exportNow = () =>
    write((onProgress) => exportQdpxInWorker(repos.evaluationFiles.databaseName, evaluation.id, { origin: `${t('app.name')} ${APP_VERSION}`, now: new Date().toISOString() }, onProgress), {
      title: t('ui.qdpx.title'),
      suggestedName: name,
      fileTypes: t('ui.qdpx.fileTypes'),
      extension: QDPX_EXTENSION,
      mimeType: 'application/zip',
      saved: t('ui.qdpx.exported', { name }),
      failed: (detail) => t('ui.qdpx.failed', { detail }),
    });

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
        {writing && (
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
          <button type="submit" className="primary" disabled={writing}>
            {t('ui.qdpx.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
