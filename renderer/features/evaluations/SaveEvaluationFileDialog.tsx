import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Evaluation } from '../../../shared/domain';
import { APP_VERSION } from '../../services/appVersion';
import { useServices } from '../../services/AppContext';
import { saveEvaluationFileInWorker } from '../../services/workers/evaluationFileInWorker';
import { Dialog } from '../../ui/Dialog';
import { EVALUATION_FILE_EXTENSION, evaluationFileName } from './evaluationFileName';
import { PassphraseFields } from './PassphraseFields';
import { useNewPassphrase } from './useNewPassphrase';
import { useWrittenFileSave } from './useWrittenFileSave';
import { ProgressLine } from '../../ui/ProgressLine';

/** Saves the whole evaluation as a .sparbar file, optionally encrypted under a passphrase asked twice. */
export function SaveEvaluationFileDialog({ evaluation, onClose }: { evaluation: Evaluation; onClose: () => void }) {
  const { t } = useTranslation();
  const { repos } = useServices();
  const [encrypt, setEncrypt] = useState(false);
  const newPassphrase = useNewPassphrase();
  const { passphrase, problem, setProblem } = newPassphrase;
  const { writing, progress, close, write } = useWrittenFileSave(onClose, setProblem);

  const save = () => {
    if (encrypt && !newPassphrase.check()) return;
    const name = evaluationFileName(evaluation.title);
    return write((onProgress) => saveEvaluationFileInWorker(repos.evaluationFiles.databaseName, evaluation.id, encrypt ? passphrase : null, { appVersion: APP_VERSION, now: new Date().toISOString() }, onProgress), {
      title: t('ui.evaluationFiles.saveTitle'),
      suggestedName: name,
      fileTypes: t('ui.evaluationFiles.fileTypes'),
      extension: EVALUATION_FILE_EXTENSION,
      mimeType: 'application/octet-stream',
      saved: t(encrypt ? 'ui.evaluationFiles.savedEncrypted' : 'ui.evaluationFiles.saved', { name }),
      failed: (detail) => t('ui.evaluationFiles.saveFailed', { detail }),
    });
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
          <input type="checkbox" checked={encrypt} onChange={(e) => setEncrypt(e.target.checked)} disabled={writing} /> {t('ui.evaluationFiles.encrypt')}
        </label>
        {encrypt && (
          <PassphraseFields idPrefix="evfile" {...newPassphrase.fields} userInputs={[evaluation.title, evaluation.programme, ...evaluation.evaluators]} />
        )}
        {writing && (
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
          <button type="submit" className="primary" disabled={writing}>
            {t('ui.evaluationFiles.saveSubmit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
