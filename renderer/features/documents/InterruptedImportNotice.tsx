import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { withoutStored, type ImportJournalEntry } from '../../../shared/domain/importJournal';
import { useServices } from '../../services/AppContext';
import { forgetInterruptedImport, interruptedImportsNow } from '../../services/importJournal';
import { navigate } from '../../services/route';
import { showBidiControls } from '../../../shared/base/bidiControls';

interface Shown extends ImportJournalEntry {
  /** The evaluation's title, or null when it is gone. */
  title: string | null;
}

/**
 * On start: the imports that a closed or reloaded window left unfinished, each naming the files that were
 * not stored and what to do, until the evaluator says it is understood.
 */
export function InterruptedImportNotice() {
  const { t } = useTranslation();
  const { repos } = useServices();
  const [shown, setShown] = useState<Shown[]>([]);

  useEffect(() => {
    let live = true;
    void (async () => {
      const entries = await interruptedImportsNow();
      const checked = await Promise.all(
        entries.map(async (entry) => ({
          ...withoutStored(entry, await repos.documents.list(entry.evaluationId)),
          title: (await repos.evaluations.get(entry.evaluationId))?.title ?? null,
        })),
      );
      // Every file stored after all: nothing to say.
      for (const entry of checked) if (entry.pending.length === 0) forgetInterruptedImport(entry.batchId);
      if (live) setShown(checked.filter((entry) => entry.pending.length > 0));
    })();
    return () => {
      live = false;
    };
  }, [repos]);

  const dismiss = (batchId: string) => {
    forgetInterruptedImport(batchId);
    setShown((current) => current.filter((entry) => entry.batchId !== batchId));
  };

  return (
    <>
      {shown.map((entry) => {
        const count = entry.pending.length;
        return (
          <section key={entry.batchId} className="notice interrupted-import" role="alert" aria-label={t('ui.interruptedImport.heading')}>
            <h2>{t('ui.interruptedImport.heading')}</h2>
            <p>{t('ui.interruptedImport.body', { count, evaluation: entry.title ?? t('ui.interruptedImport.unknownEvaluation'), files: entry.pending.map(showBidiControls).join(', ') })}</p>
            <p>
              {t('ui.interruptedImport.kept')} {t('ui.interruptedImport.whatToDo', { count })}
            </p>
            <div className="notice-actions">
              {entry.title !== null && (
                <button type="button" onClick={() => navigate({ name: 'documents', evaluationId: entry.evaluationId })}>
                  {t('ui.interruptedImport.goToDocuments')}
                </button>
              )}
              <button type="button" onClick={() => dismiss(entry.batchId)}>
                {t('ui.interruptedImport.dismiss')}
              </button>
            </div>
          </section>
        );
      })}
    </>
  );
}
