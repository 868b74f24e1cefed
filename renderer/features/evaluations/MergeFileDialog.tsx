import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MergeChoices, MergePreview as Preview } from '../../../shared/exchange/merge';
import type { Evaluation } from '../../../shared/domain';
import type { OpenedFile } from '../../../shared/ports/platform';
import { useServices } from '../../services/AppContext';
import { recordStep } from '../../services/history';
import { useRunningWhile } from '../../services/runningWork';
import { readEvaluationFileInWorker, type EvaluationFileJob, type ReadFile, type ReadOutcome } from '../../services/workers/evaluationFileInWorker';
import { Dialog } from '../../ui/Dialog';
import { errorDetail } from '../../ui/errorDetail';
import { useNotify } from '../../ui/notify';
import { AskPassphrase } from './AskPassphrase';
import { FileFailed, FileProgress } from './FileSteps';
import { MergePreview } from './MergePreview';
import { afterRefusal } from './readProblem';
import { useLetGoOnClose, useOnOpen } from './useHeldWork';

type Step =
  | { name: 'reading'; progress: number }
  | { name: 'passphrase'; problem: string | null }
  | { name: 'planning' }
  | { name: 'preview'; preview: Preview }
  | { name: 'writing' }
  | { name: 'failed'; message: string };

/**
 * Merges a colleague's evaluation file into this evaluation: read (and decrypted, the passphrase asked as
 * opening does) in a worker, compared with the evaluation there (THE MERGE RULE, shared/exchange/merge),
 * a preview of what is added and of each field changed on both sides to choose from, then written as one
 * undoable step. Nothing is written before "Slå ihop"; a file of another evaluation is refused.
 */
export function MergeFileDialog({ file, evaluation, onClose }: { file: OpenedFile; evaluation: Evaluation; onClose: () => void }) {
  const { t } = useTranslation();
  const { repos } = useServices();
  const notify = useNotify();
  const [step, setStep] = useState<Step>({ name: 'reading', progress: 0 });
  useRunningWhile('openFile', step.name === 'reading' || step.name === 'planning' || step.name === 'writing');
  const bytes = useRef(file.bytes);
  // The worker holding the file read and the merge planned, until it is written or dropped.
  const job = useRef<EvaluationFileJob<ReadOutcome> | null>(null);
  const held = useRef<ReadFile | null>(null);
  const cancel = useLetGoOnClose(job, held, onClose);
  const databaseName = repos.evaluationFiles.databaseName;

  const plan = async (read: ReadFile) => {
    held.current = read;
    setStep({ name: 'planning' });
    const planned = await read.planMerge(databaseName, evaluation.id);
    if (planned.ok) return setStep({ name: 'preview', preview: planned.preview });
    held.current = null;
    read.discard();
    if (planned.refusal) return setStep({ name: 'failed', message: t('ui.merge.otherEvaluation', { theirs: planned.refusal.theirs, mine: planned.refusal.mine }) });
    setStep({ name: 'failed', message: t('ui.merge.failed', { detail: errorDetail(t, planned.error) }) });
  };

  const read = async (given: string | null) => {
    setStep({ name: 'reading', progress: 0 });
    const running = readEvaluationFileInWorker(bytes.current, given, (progress) => setStep({ name: 'reading', progress }));
    job.current = running;
    const outcome = await running.result;
    if (job.current !== running) return;
    job.current = null;
    if (outcome.ok) return plan(outcome);
    if (outcome.cancelled) return onClose();
    if (outcome.bytes) bytes.current = outcome.bytes;
    setStep(afterRefusal(t, outcome.problem));
  };

  const merge = async (choices: MergeChoices) => {
    const read = held.current;
    if (!read) return;
    held.current = null;
    setStep({ name: 'writing' });
    const merged = await read.merge(databaseName, choices, file.name);
    if (!merged.ok) {
      const stale = merged.detail.startsWith('StaleStepError');
      return setStep({ name: 'failed', message: stale ? t('ui.merge.stale') : t('ui.merge.failed', { detail: errorDetail(t, merged.error) }) });
    }
    recordStep(merged.step);
    notify(t(merged.step ? 'ui.merge.merged' : 'ui.merge.unchanged', { name: file.name }));
    onClose();
  };

  useOnOpen(() => void read(null));

  const busy = step.name === 'reading' || step.name === 'planning' || step.name === 'writing';
  return (
    <Dialog title={t('ui.merge.title')} onClose={cancel} wide={step.name === 'preview'}>
      {step.name === 'passphrase' && <AskPassphrase fileName={file.name} problem={step.problem} submitLabel={t('ui.merge.readSubmit')} onSubmit={(given) => void read(given)} onCancel={cancel} />}
      {step.name === 'preview' && <MergePreview preview={step.preview} fileName={file.name} onMerge={(choices) => void merge(choices)} onCancel={cancel} />}
      {busy && (
        <FileProgress
          label={step.name === 'reading' ? t('ui.evaluationFiles.reading', { name: file.name }) : t('ui.merge.planning', { name: file.name })}
          progress={step.name === 'reading' ? step.progress : undefined}
          canCancel={step.name !== 'writing'}
          onCancel={cancel}
        />
      )}
      {step.name === 'failed' && <FileFailed message={step.message} onClose={onClose} />}
    </Dialog>
  );
}
