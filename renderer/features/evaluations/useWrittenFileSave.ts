import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../services/AppContext';
import { useRunningWhile } from '../../services/runningWork';
import type { EvaluationFileJob, ExportOutcome } from '../../services/workers/evaluationFileInWorker';
import { errorDetail } from '../../ui/errorDetail';
import { useNotify } from '../../ui/notify';

/** Where and how the written file is offered, and the words of its outcome. */
export interface WrittenFile {
  /** The save dialog's title. */
  title: string;
  suggestedName: string;
  fileTypes: string;
  extension: string;
  mimeType: string;
  /** The notice once saved. */
  saved: string;
  /** The message of a failure, with its detail. */
  failed: (detail: string) => string;
}

/**
 * The flow of the dialogs that write the evaluation as a file in a worker (an evaluation file, a REFI-QDA
 * project): the worker writes it with progress, then the platform asks where to save it, a notice says it
 * was saved and the dialog closes. `close` (Avbryt, Escape) while the worker writes stops it: nothing is saved.
 */
export function useWrittenFileSave(onClose: () => void, setProblem: (problem: string | null) => void) {
  const { t } = useTranslation();
  const { platform } = useServices();
  const notify = useNotify();
  const [job, setJob] = useState<EvaluationFileJob<ExportOutcome> | null>(null);
  const [progress, setProgress] = useState(0);
  useRunningWhile('saveFile', job !== null);

  const close = () => {
    job?.cancel();
    onClose();
  };

  const write = async (start: (onProgress: (fraction: number) => void) => EvaluationFileJob<ExportOutcome>, file: WrittenFile) => {
    setProblem(null);
    try {
      const running = start(setProgress);
      setJob(running);
      const outcome = await running.result;
      setJob(null);
      if (!outcome.ok) {
        if (!outcome.cancelled) setProblem(file.failed(outcome.error ? errorDetail(t, outcome.error) : outcome.detail));
        return;
      }
      const saved = await platform.saveFile({ title: file.title, suggestedName: file.suggestedName, filters: [{ name: file.fileTypes, extensions: [file.extension] }], bytes: outcome.bytes, mimeType: file.mimeType });
      if (!saved) return;
      notify(file.saved);
      onClose();
    } catch (e) {
      setJob(null);
      setProblem(file.failed(errorDetail(t, e)));
    }
  };

  return { writing: job !== null, progress, close, write };
}
