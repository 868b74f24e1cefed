import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Evaluation } from '../../../shared/domain';
import { APP_VERSION } from '../../services/appVersion';
import { useServices } from '../../services/AppContext';
import { saveEvaluationFileInWorker, type EvaluationFileJob, type WriteOutcome } from '../../services/workers/evaluationFileInWorker';
import { Dialog } from '../../ui/Dialog';
import { useNotify } from '../../ui/notify';
import { EVALUATION_FILE_EXTENSION, evaluationFileName } from './evaluationFileName';
import { useStrength } from './useStrength';

/** The strength of the passphrase in words: its label, zxcvbn's warning and the note on Swedish words. */
function StrengthReport({ passphrase, userInputs }: { passphrase: string; userInputs: readonly string[] }) {
  const { t } = useTranslation();
  const strength = useStrength(passphrase, userInputs);
  if (!strength) return null;
  return (
    <div className="strength" aria-live="polite">
      <meter min={0} max={4} low={2} high={3} optimum={4} value={strength.score} aria-label={t('encryption.strength.label')} />{' '}
      <strong>
        {t('encryption.strength.label')}: {t(strength.label)}
      </strong>
      {strength.warning && <p className="small">{t(strength.warning)}</p>}
      {strength.suggestions.map((key) => (
        <p key={key} className="small muted">
          {t(key)}
        </p>
      ))}
      <p className="small muted">{t('encryption.strength.englishOnly')}</p>
    </div>
  );
}

/** Saves the whole evaluation as a .sparbar file, optionally encrypted under a passphrase asked twice. */
export function SaveEvaluationFileDialog({ evaluation, onClose }: { evaluation: Evaluation; onClose: () => void }) {
  const { t } = useTranslation();
  const { repos, platform } = useServices();
  const notify = useNotify();
  const [encrypt, setEncrypt] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [job, setJob] = useState<EvaluationFileJob<WriteOutcome> | null>(null);
  const [progress, setProgress] = useState(0);

  // Avbryt (or Escape) while the file is being written stops the worker and closes: nothing is saved.
  const close = () => {
    job?.cancel();
    onClose();
  };

  const save = async () => {
    if (encrypt && passphrase === '') return setProblem(t('ui.evaluationFiles.passphraseMissing'));
    if (encrypt && passphrase !== again) return setProblem(t('ui.evaluationFiles.passphraseMismatch'));
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
      setProblem(t('ui.evaluationFiles.saveFailed', { detail: e instanceof Error ? e.message : String(e) }));
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
          <>
            <p className="notice">{t('ui.evaluationFiles.lostWarning')}</p>
            <div className="field">
              <label htmlFor="evfile-passphrase">{t('ui.evaluationFiles.passphrase')}</label>
              <input id="evfile-passphrase" type="password" autoComplete="new-password" value={passphrase} onChange={(e) => {
                  setPassphrase(e.target.value);
                  setProblem(null);
                }}
                autoFocus
              />
            </div>
            <StrengthReport passphrase={passphrase} userInputs={[evaluation.title, evaluation.programme, ...evaluation.evaluators]} />
            <div className="field">
              <label htmlFor="evfile-passphrase-again">{t('ui.evaluationFiles.passphraseAgain')}</label>
              <input id="evfile-passphrase-again" type="password" autoComplete="new-password" value={again}
                onChange={(e) => {
                  setAgain(e.target.value);
                  setProblem(null);
                }}
              />
            </div>
          </>
        )}
        {job && (
          <p>
            {t('ui.evaluationFiles.saving')}{' '}
            <progress max={1} value={progress} aria-label={t('ui.evaluationFiles.progress')}>
              {Math.round(progress * 100)} %
            </progress>
          </p>
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
