import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code, Id } from '../../../shared/domain';
import { readQdcBytes } from '../../../shared/exchange/refi';
import { useServices } from '../../services/AppContext';
import { recordStep } from '../../services/history';
import { useNotify } from '../../ui/notify';
import { CodebookImportDialog, type CodebookImport } from './CodebookImportDialog';
import { exportCodebook } from './exportCodebook';
import { planCodebookImport } from '../../../shared/coding/importPlan';
import { errorDetail } from '../../ui/errorDetail';

/** The files a codebook import reads: REFI-QDA codebooks and projects. */
const REFI_EXTENSIONS = ['qdc', 'qde', 'qdpx'];

/**
 * Codebook exchange with other QDA programs (REFI-QDA): export the codebook as .qdc, and import the codes
 * of a .qdc, .qde or .qdpx file after a preview, as one undoable step.
 */
export function CodebookExchange({ evaluationId, codes }: { evaluationId: Id; codes: readonly Code[] }) {
  const { t, i18n } = useTranslation();
  const { repos, platform } = useServices();
  const notify = useNotify();
  const [reading, setReading] = useState<CodebookImport | null>(null);
  const importButton = useRef<HTMLButtonElement>(null);
  const close = () => {
    setReading(null);
    requestAnimationFrame(() => importButton.current?.focus());
  };

  const exportNow = async () => {
    try {
      const { saved, fileName } = await exportCodebook(repos, platform, evaluationId, i18n.language === 'en' ? 'en' : 'sv', t);
      if (saved) notify(t('ui.codebookEditor.refi.exported', { fileName }));
    } catch (e) {
      notify(t('ui.codebookEditor.refi.exportFailed', { detail: errorDetail(t, e) }));
    }
  };

  const pick = async () => {
    const picked = await platform.openFiles({ title: t('dialog.openTitle'), filters: [{ name: t('ui.refi.fileTypes'), extensions: REFI_EXTENSIONS }], multiple: false });
    if (picked.cancelled) return;
    for (const name of picked.tooLarge) notify(t('dialog.tooLarge', { name }));
    const file = picked.files[0];
    if (!file) return;
    try {
      const result = readQdcBytes(file.bytes, { untitledName: t('ui.refi.untitledCode') });
      const plan = result.ok ? planCodebookImport(await repos.codes.list(evaluationId), result.codes, evaluationId, () => crypto.randomUUID(), new Date().toISOString()) : null;
      setReading({ fileName: file.name, result, plan });
    } catch (e) {
      notify(t('ui.common.actionFailed', { detail: errorDetail(t, e) }));
    }
  };

  const importNow = async (file: CodebookImport): Promise<Code[]> => {
    if (!file.result.ok) return [];
    // Planned again against the codebook as it is now, in case it changed while the preview was open.
    const plan = planCodebookImport(await repos.codes.list(evaluationId), file.result.codes, evaluationId, () => crypto.randomUUID(), new Date().toISOString());
    if (plan.add.length === 0) return [];
    recordStep(await repos.codebook.addMany(evaluationId, plan.add, t('ui.codebookEditor.refi.auditSummary', { fileName: file.fileName, count: plan.add.length })));
    notify(t('ui.codebookEditor.refi.imported', { count: plan.add.length }));
    return plan.add;
  };

  return (
    <>
      <button type="button" onClick={() => void exportNow()} disabled={codes.length === 0}>
        {t('ui.refi.exportQdc')}
      </button>
      <button type="button" ref={importButton} onClick={() => void pick()}>
        {t('ui.refi.importQdc')}
      </button>
      {reading && (
        <CodebookImportDialog
          file={reading}
          onImport={() => importNow(reading)}
          onChooseOther={() => {
            setReading(null);
            void pick();
          }}
          onClose={close}
        />
      )}
    </>
  );
}
