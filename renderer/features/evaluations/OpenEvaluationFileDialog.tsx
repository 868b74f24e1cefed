import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenedFile } from '../../../shared/ports/platform';
import { useServices } from '../../services/AppContext';
import { navigate } from '../../services/route';
import { readEvaluationFileInWorker, type EvaluationFileJob, type ReadFile, type ReadOutcome } from '../../services/workers/evaluationFileInWorker';
import type { RestoreMode } from '../../store';
import { useRunningWhile } from '../../services/runningWork';
import { errorDetail } from '../../ui/errorDetail';
import { Dialog } from '../../ui/Dialog';
import { useNotify } from '../../ui/notify';
import { AskPassphrase } from './AskPassphrase';
import { FileFailed, FileProgress } from './FileSteps';
import { afterRefusal } from './readProblem';
import { useLetGoOnClose, useOnOpen } from './useHeldWork';

type Step =
  | { name: 'reading'; progress: number }
  | { name: 'passphrase'; problem: string | null }
  | { name: 'failed'; message: string }
  | { name: 'exists'; file: ReadFile; title: string }
  | { name: 'writing' };

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
  useRunningWhile('openFile', step.name === 'reading' || step.name === 'writing');
  // The file's bytes: moved to the worker while it reads, given back when a passphrase is asked for.
  const bytes = useRef(file.bytes);
  // A file read but not written (the evaluation exists and the evaluator has not chosen) keeps its worker.
  const job = useRef<EvaluationFileJob<ReadOutcome> | null>(null);
  const held = useRef<ReadFile | null>(null);
  const cancel = useLetGoOnClose(job, held, onClose);

  const write = async (read: ReadFile, mode: RestoreMode) => {
    held.current = null;
    setStep({ name: 'writing' });
    const named = mode === 'copy' ? t('ui.evaluationFiles.copyTitle', { title: read.evaluation.title }) : read.evaluation.title;
    const outcome = await read.restore(repos.evaluationFiles.databaseName, mode, named);
    if (!outcome.ok) return setStep({ name: 'failed', message: t('ui.common.actionFailed', { detail: errorDetail(t, outcome.error) }) });
    notify(t('ui.evaluationFiles.opened', { title: named }));
    onClose();
    navigate({ name: 'overview', evaluationId: outcome.id });
  };

  const read = async (given: string | null) => {
    setStep({ name: 'reading', progress: 0 });
    const running = readEvaluationFileInWorker(bytes.current, given, (progress) => setStep({ name: 'reading', progress }));
    job.current = running;
    const outcome = await running.result;
    if (job.current !== running) return;
    job.current = null;
    if (outcome.ok) {
      if (restoreAs) await write(outcome, restoreAs);
      else if (await repos.evaluationFiles.exists(outcome.evaluation.id)) {
        held.current = outcome;
        setStep({ name: 'exists', file: outcome, title: outcome.evaluation.title });
      } else await write(outcome, 'new');
      return;
    }
    if (outcome.cancelled) return onClose();
    if (outcome.bytes) bytes.current = outcome.bytes;
    setStep(afterRefusal(t, outcome.problem));
  };

  useOnOpen(() => void read(null));

  if (step.name === 'exists') {
    return (
      <Dialog title={t('ui.evaluationFiles.existsTitle')} onClose={cancel} wide>
        <p>{t('ui.evaluationFiles.existsMessage', { title: step.title })}</p>
        <div className="dialog-actions">
          <button type="button" onClick={cancel} autoFocus>
            {t('ui.common.cancel')}
          </button>
          <button type="button" onClick={() => void write(step.file, 'copy')}>
            {t('ui.evaluationFiles.keepBoth')}
          </button>
          <button type="button" className="danger" onClick={() => void write(step.file, 'replace')}>
            {t('ui.evaluationFiles.replace')}
          </button>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title={title ?? t('ui.evaluationFiles.openTitle')} onClose={cancel}>
      {step.name === 'passphrase' && <AskPassphrase fileName={file.name} problem={step.problem} submitLabel={t('ui.evaluationFiles.openSubmit')} onSubmit={(given) => void read(given)} onCancel={cancel} />}
      {(step.name === 'reading' || step.name === 'writing') && (
        <FileProgress label={t('ui.evaluationFiles.reading', { name: file.name })} progress={step.name === 'reading' ? step.progress : 1} canCancel={step.name === 'reading'} onCancel={cancel} />
      )}
      {step.name === 'failed' && <FileFailed message={step.message} onClose={onClose} />}
    </Dialog>
  );
}
