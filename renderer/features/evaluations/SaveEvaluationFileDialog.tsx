import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Evaluation } from '../../../shared/domain';
import { APP_VERSION } from '../../services/appVersion';
import { useServices } from '../../services/AppContext';
import { useRunningWhile } from '../../services/runningWork';
import { saveEvaluationFileInWorker, type EvaluationFileJob, type WriteOutcome } from '../../services/workers/evaluationFileInWorker';
import { Dialog } from '../../ui/Dialog';
import { useNotify } from '../../ui/notify';
import { EVALUATION_FILE_EXTENSION, evaluationFileName } from './evaluationFileName';
import { PassphraseFields } from './PassphraseFields';
import { useNewPassphrase } from './useNewPassphrase';
import { errorDetail } from '../../ui/errorDetail';
import { ProgressLine } from '../../ui/ProgressLine';

/** Saves the whole evaluation as a .sparbar file, optionally encrypted under a passphrase asked twice. */
export function SaveEvaluationFileDialog({ evaluation, onClose }: { evaluation: Evaluation; onClose: () => void }) {
  const { t } = useTranslation();
  const { repos, platform } = useServices();
  const notify = useNotify();
  const [encrypt, setEncrypt] = useState(false);
  const newPassphrase = useNewPassphrase();
  const { passphrase, problem, setProblem } = newPassphrase;
  const [job, setJob] = useState<EvaluationFileJob<WriteOutcome> | null>(null);
  const [progress, setProgress] = useState(0);
  useRunningWhile('saveFile', job !== null);

  // Avbryt (or Escape) while the file is being written stops the worker and closes: nothing is saved.
  const close = () => {
    job?.cancel();
    onClose();
  };

  const save = async () => {
    if (encrypt && !newPassphrase.check()) return;
    setProblem(null);
    try {
      const running = saveEvaluationFileInWorker(repos.evaluationFiles.databaseName, evaluation.id, encrypt ? passphrase : null, { appVersion: APP_VERSION, now: new Date().toISOString() }, setProgress);
      setJob(running);
      const outcome = await running.result;
      setJob(null);
      if (!outcome.ok) {
        if (!outcome.cancelled) setProblem(t('ui.evaluationFiles.saveFailed', { detail: outcome.detail }));
        return;
      }
      const name = evaluationFileName(evaluation.title);
      const saved = await platform.saveFile({
        title: t('ui.evaluationFiles.saveTitle'),
        suggestedName: name,
        filters: [{ name: t('ui.evaluationFiles.fileTypes'), extensions: [EVALUATION_FILE_EXTENSION] }],
        bytes: outcome.bytes,
        mimeType: 'application/octet-stream',
      });
      if (!saved) return;
      notify(t(encrypt ? 'ui.evaluationFiles.savedEncrypted' : 'ui.evaluationFiles.saved', { name }));
      onClose();
    } catch (e) {
      setJob(null);
      setProblem(t('ui.evaluationFiles.saveFailed', { detail: errorDetail(t, e) }));
    }
  };

  return (
    <Dialog title={t('ui.evaluationFiles.saveTitle')} onClose={close}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <p>{t('ui.evaluationFiles.saveLead')}</p>
        <label className="checkbox">
          <input type="checkbox" checked={encrypt} onChange={(e) => setEncrypt(e.target.checked)} disabled={job !== null} /> {t('ui.evaluationFiles.encrypt')}
        </label>
        {encrypt && (
          <PassphraseFields idPrefix="evfile" {...newPassphrase.fields} userInputs={[evaluation.title, evaluation.programme, ...evaluation.evaluators]} />
        )}
        {job && (
          <ProgressLine label={t('ui.evaluationFiles.saving')} progress={progress} progressLabel={t('ui.evaluationFiles.progress')} />
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
            {t('ui.evaluationFiles.saveSubmit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
