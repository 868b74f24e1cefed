import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorValues, type EvaluationSnapshot } from '../../../shared/exchange/evaluationFile';
import { containerErrorMessage } from '../../../shared/formats/crypto';
import type { OpenedFile } from '../../../shared/ports/platform';
import { useServices } from '../../services/AppContext';
import { useRunningWhile } from '../../services/runningWork';
import { navigate } from '../../services/route';
import { readEvaluationFileInWorker, type EvaluationFileJob, type ReadOutcome } from '../../services/workers/evaluationFileInWorker';
import type { RestoreMode } from '../../store';
import { Dialog } from '../../ui/Dialog';
import { useNotify } from '../../ui/notify';
import { errorDetail } from '../../ui/errorDetail';

type Step =
  | { name: 'reading'; progress: number }
  | { name: 'passphrase'; problem: string | null }
  | { name: 'failed'; message: string }
  | { name: 'exists'; snapshot: EvaluationSnapshot; title: string }
  | { name: 'writing' };

function titleOf(snapshot: EvaluationSnapshot): string {
  const title = snapshot.tables.evaluations?.[0]?.title;
  return typeof title === 'string' ? title : '';
}

/**
 * Opens an evaluation file: read (and decrypted) in a worker with progress and cancel, the passphrase
 * asked when it is encrypted (a wrong one or a tampered file says so, and may be tried again), an
 * existing evaluation of the same id replaced or kept beside a copy; a damaged file is refused with its
 * reason. The store is written once, at the end, in one transaction; until then nothing is. A backup
 * restored comes with its mode (asked and confirmed before) and a title of its own.
 */
export function OpenEvaluationFileDialog({ file, onClose, restoreAs, title }: { file: OpenedFile; onClose: () => void; restoreAs?: RestoreMode; title?: string }) {
  const { t } = useTranslation();
  const { repos } = useServices();
  const notify = useNotify();
  const [step, setStep] = useState<Step>({ name: 'reading', progress: 0 });
  const [passphrase, setPassphrase] = useState('');
  const job = useRef<EvaluationFileJob<ReadOutcome> | null>(null);
  useRunningWhile('openFile', step.name === 'reading' || step.name === 'writing');

  const write = async (snapshot: EvaluationSnapshot, mode: RestoreMode) => {
    setStep({ name: 'writing' });
    try {
      const id = await repos.evaluationFiles.restore(snapshot, mode, (title) => t('ui.evaluationFiles.copyTitle', { title }));
      notify(t('ui.evaluationFiles.opened', { title: mode === 'copy' ? t('ui.evaluationFiles.copyTitle', { title: titleOf(snapshot) }) : titleOf(snapshot) }));
      onClose();
      navigate({ name: 'overview', evaluationId: id });
    } catch (e) {
      setStep({ name: 'failed', message: t('ui.common.actionFailed', { detail: errorDetail(t, e) }) });
    }
  };

  const read = async (given: string | null) => {
    setStep({ name: 'reading', progress: 0 });
    const running = readEvaluationFileInWorker(file.bytes, given, (progress) => setStep({ name: 'reading', progress }));
    job.current = running;
    const outcome = await running.result;
    if (job.current !== running) return;
    job.current = null;
    if (outcome.ok) {
      const evaluationId = outcome.snapshot.tables.evaluations?.[0]?.id;
      if (restoreAs) await write(outcome.snapshot, restoreAs);
      else if (typeof evaluationId === 'string' && (await repos.evaluationFiles.exists(evaluationId))) {
        setStep({ name: 'exists', snapshot: outcome.snapshot, title: titleOf(outcome.snapshot) });
      } else await write(outcome.snapshot, 'new');
      return;
    }
    if (outcome.cancelled) return onClose();
    const { problem } = outcome;
    if (problem.kind === 'needsPassphrase') return setStep({ name: 'passphrase', problem: null });
    if (problem.kind === 'container') {
      const { key, values } = containerErrorMessage(problem.error);
      const message = t(key, values);
      if (problem.error.code === 'wrongPassphrase' || problem.error.code === 'tampered') return setStep({ name: 'passphrase', problem: message });
      return setStep({ name: 'failed', message });
    }
    if (problem.kind === 'file') return setStep({ name: 'failed', message: t(`evaluationFile.${problem.error.code}`, errorValues(problem.error)) });
    setStep({ name: 'failed', message: t('ui.evaluationFiles.crashed', { detail: problem.detail }) });
  };

  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void read(null);
    // Read once, when the dialog opens for its file.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => () => job.current?.cancel(), []);

  const cancel = () => {
    if (job.current) {
      job.current.cancel();
      job.current = null;
    }
    onClose();
  };

  if (step.name === 'exists') {
    return (
      <Dialog title={t('ui.evaluationFiles.existsTitle')} onClose={cancel} wide>
        <p>{t('ui.evaluationFiles.existsMessage', { title: step.title })}</p>
        <div className="dialog-actions">
          <button type="button" onClick={cancel} autoFocus>
            {t('ui.common.cancel')}
          </button>
          <button type="button" onClick={() => void write(step.snapshot, 'copy')}>
            {t('ui.evaluationFiles.keepBoth')}
          </button>
          <button type="button" className="danger" onClick={() => void write(step.snapshot, 'replace')}>
            {t('ui.evaluationFiles.replace')}
          </button>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title={title ?? t('ui.evaluationFiles.openTitle')} onClose={cancel}>
      {step.name === 'passphrase' && (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void read(passphrase);
          }}
        >
          <p>{t('ui.evaluationFiles.askPassphrase', { name: file.name })}</p>
          <div className="field">
            <label htmlFor="evfile-open-passphrase">{t('ui.evaluationFiles.passphrase')}</label>
            <input id="evfile-open-passphrase" type="password" autoComplete="current-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} autoFocus />
          </div>
          {step.problem && (
            <p role="alert" className="error-text">
              {step.problem}
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" onClick={cancel}>
              {t('ui.common.cancel')}
            </button>
            <button type="submit" className="primary" disabled={passphrase === ''}>
              {t('ui.evaluationFiles.openSubmit')}
            </button>
          </div>
        </form>
      )}
      {(step.name === 'reading' || step.name === 'writing') && (
        <>
          <p>
            {t('ui.evaluationFiles.reading', { name: file.name })}{' '}
            <progress max={1} value={step.name === 'reading' ? step.progress : 1} aria-label={t('ui.evaluationFiles.progress')}>
              {Math.round((step.name === 'reading' ? step.progress : 1) * 100)} %
            </progress>
          </p>
          <div className="dialog-actions">
            <button type="button" onClick={cancel} disabled={step.name === 'writing'}>
              {t('ui.common.cancel')}
            </button>
          </div>
        </>
      )}
      {step.name === 'failed' && (
        <>
          <p role="alert" className="error-text">
            {step.message}
          </p>
          <div className="dialog-actions">
            <button type="button" onClick={onClose} autoFocus>
              {t('ui.common.close')}
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
