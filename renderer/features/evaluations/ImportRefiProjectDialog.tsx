import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countLines, reportLines } from '../../../shared/exchange/refi';
import type { OpenedFile } from '../../../shared/ports/platform';
import { useServices } from '../../services/AppContext';
import { navigate } from '../../services/route';
import { useRunningWhile } from '../../services/runningWork';
import { readQdpxInWorker, type ReadProject } from '../../services/workers/refiProjectInWorker';
import { browserDeps } from '../../store';
import { Dialog } from '../../ui/Dialog';
import { errorDetail } from '../../ui/errorDetail';
import { useNotify } from '../../ui/notify';
import { useLetGoOnClose, useOnOpen } from './useHeldWork';
import { FileFailed, FileProgress } from './FileSteps';

type Step =
  | { name: 'reading' }
  | { name: 'failed'; message: string }
  | { name: 'preview'; project: ReadProject }
  | { name: 'writing' };

/**
 * Imports a REFI-QDA project (.qdpx or .qde from NVivo, MAXQDA, ATLAS.ti, QualCoder) as a new evaluation:
 * read by readQdpx in a worker, then a preview of what comes over and, in words, what does not and why;
 * "Skapa utvärdering" writes it from the worker through the same store path as opening an evaluation
 * file (evaluationFiles.restore, one transaction), so nothing is half-imported. Cancelling writes nothing.
 */
export function ImportRefiProjectDialog({ file, onClose }: { file: OpenedFile; onClose: () => void }) {
  const { t } = useTranslation();
  const { repos } = useServices();
  const notify = useNotify();
  const [step, setStep] = useState<Step>({ name: 'reading' });
  useRunningWhile('openFile', step.name === 'reading' || step.name === 'writing');
  // A project read but not created: its worker holds the new evaluation until then.
  const job = useRef<{ cancel(): void } | null>(null);
  const held = useRef<ReadProject | null>(null);
  const cancel = useLetGoOnClose(job, held, onClose);

  useOnOpen(() => {
    void (async () => {
      const running = readQdpxInWorker(file.bytes, { untitledTitle: t('refiImport.untitledProject'), untitledCode: t('ui.refi.untitledCode'), now: browserDeps.now() });
      job.current = running;
      const outcome = await running.result;
      if (job.current !== running) return;
      job.current = null;
      if (outcome.ok) {
        held.current = outcome;
        return setStep({ name: 'preview', project: outcome });
      }
      if (outcome.cancelled) return;
      const { error } = outcome;
      setStep({ name: 'failed', message: typeof error === 'string' ? t(`refiImport.errors.${error}`) : t('ui.common.actionFailed', { detail: errorDetail(t, error) }) });
    })();
  });

  const create = async (project: ReadProject) => {
    held.current = null;
    setStep({ name: 'writing' });
    const outcome = await project.create(repos.evaluationFiles.databaseName);
    if (!outcome.ok) return setStep({ name: 'failed', message: t('ui.common.actionFailed', { detail: errorDetail(t, outcome.error) }) });
    notify(t('refiImport.created', { title: project.preview.title, name: file.name }));
    onClose();
    navigate({ name: 'overview', evaluationId: outcome.id });
  };

  if (step.name === 'preview') {
    const { preview } = step.project;
    const lines = reportLines(preview.report, t);
    return (
      <Dialog title={t('refiImport.dialogTitle')} onClose={cancel} wide>
        <p>{t('refiImport.preview', { name: file.name, title: preview.title })}</p>
        <ul aria-label={t('refiImport.dialogTitle')}>
          {countLines(preview.counts, t).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        {preview.origin && <p className="muted small">{t('refiImport.origin', { origin: preview.origin })}</p>}
        <h3 id="refi-lost-heading">{t('refiImport.lostHeading')}</h3>
        {lines.lost.length === 0 ? (
          <p>{t('refiImport.noLoss')}</p>
        ) : (
          <ul aria-labelledby="refi-lost-heading">
            {lines.lost.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
        {lines.notices.length > 0 && (
          <>
            <h3 id="refi-notices-heading">{t('refiImport.noticesHeading')}</h3>
            <ul aria-labelledby="refi-notices-heading">
              {lines.notices.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={cancel}>
            {t('ui.common.cancel')}
          </button>
          <button type="button" className="primary" onClick={() => void create(step.project)} autoFocus>
            {t('refiImport.create')}
          </button>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title={t('refiImport.dialogTitle')} onClose={step.name === 'writing' ? () => undefined : cancel}>
      {step.name === 'failed' ? (
        <FileFailed message={step.message} onClose={onClose} />
      ) : (
        <FileProgress
          label={step.name === 'writing' ? t('refiImport.creating', { name: file.name }) : t('refiImport.reading', { name: file.name })}
          progress={undefined}
          canCancel={step.name !== 'writing'}
          onCancel={cancel}
        />
      )}
    </Dialog>
  );
}
