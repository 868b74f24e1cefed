import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { webSha256, type EvaluationSnapshot } from '../../../shared/exchange/evaluationFile';
import { countLines, readQdpx, reportLines, type DataLossReport, type QdpxCounts } from '../../../shared/exchange/refi';
import type { OpenedFile } from '../../../shared/ports/platform';
import { useServices } from '../../services/AppContext';
import { navigate } from '../../services/route';
import { useRunningWhile } from '../../services/runningWork';
import { browserDeps } from '../../store';
import { Dialog } from '../../ui/Dialog';
import { errorDetail } from '../../ui/errorDetail';
import { useNotify } from '../../ui/notify';

type Step =
  | { name: 'reading' }
  | { name: 'failed'; message: string }
  | { name: 'preview'; snapshot: EvaluationSnapshot; title: string; counts: QdpxCounts; report: DataLossReport; origin: string | null }
  | { name: 'writing' };

/**
 * Imports a REFI-QDA project (.qdpx or .qde from NVivo, MAXQDA, ATLAS.ti, QualCoder) as a new evaluation:
 * read by readQdpx, then a preview of what comes over and, in words, what does not and why; "Skapa
 * utvärdering" writes it through the same store path as opening an evaluation file, in one transaction,
 * so nothing is half-imported. Cancelling before that writes nothing.
 */
export function ImportRefiProjectDialog({ file, onClose }: { file: OpenedFile; onClose: () => void }) {
  const { t } = useTranslation();
  const { repos } = useServices();
  const notify = useNotify();
  const [step, setStep] = useState<Step>({ name: 'reading' });
  useRunningWhile('openFile', step.name === 'reading' || step.name === 'writing');
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void (async () => {
      try {
        const result = await readQdpx(file.bytes, {
          sha256: webSha256(globalThis.crypto.subtle),
          newId: browserDeps.newId,
          now: browserDeps.now(),
          untitledTitle: t('refiImport.untitledProject'),
          untitledCode: t('ui.refi.untitledCode'),
        });
        if (!result.ok) return setStep({ name: 'failed', message: t(`refiImport.errors.${result.error}`) });
        const title = String(result.snapshot.tables.evaluations?.[0]?.title ?? '');
        setStep({ name: 'preview', snapshot: result.snapshot, title, counts: result.counts, report: result.report, origin: result.origin });
      } catch (error) {
        setStep({ name: 'failed', message: t('ui.common.actionFailed', { detail: errorDetail(t, error) }) });
      }
    })();
    // Read once, when the dialog opens for its file.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const create = async (snapshot: EvaluationSnapshot, title: string) => {
    setStep({ name: 'writing' });
    try {
      const id = await repos.evaluationFiles.restore(snapshot, 'new');
      notify(t('refiImport.created', { title, name: file.name }));
      onClose();
      navigate({ name: 'overview', evaluationId: id });
    } catch (error) {
      setStep({ name: 'failed', message: t('ui.common.actionFailed', { detail: errorDetail(t, error) }) });
    }
  };

  if (step.name === 'preview') {
    const lines = reportLines(step.report, t);
    return (
      <Dialog title={t('refiImport.dialogTitle')} onClose={onClose} wide>
        <p>{t('refiImport.preview', { name: file.name, title: step.title })}</p>
        <ul aria-label={t('refiImport.dialogTitle')}>
          {countLines(step.counts, t).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        {step.origin && <p className="muted small">{t('refiImport.origin', { origin: step.origin })}</p>}
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
          <button type="button" onClick={onClose}>
            {t('ui.common.cancel')}
          </button>
          <button type="button" className="primary" onClick={() => void create(step.snapshot, step.title)} autoFocus>
            {t('refiImport.create')}
          </button>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title={t('refiImport.dialogTitle')} onClose={step.name === 'writing' ? () => undefined : onClose}>
      {step.name === 'failed' ? (
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
      ) : (
        <p role="status">{t('refiImport.reading', { name: file.name })}</p>
      )}
    </Dialog>
  );
}
