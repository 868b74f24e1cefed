import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code } from '../../../shared/domain';
import type { QdcWarningCode, ReadQdcResult } from '../../../shared/exchange/refi';
import { Dialog } from '../../ui/Dialog';
import type { ImportPlan } from '../../../shared/coding/importPlan';
import { errorDetail } from '../../ui/errorDetail';
import { showBidiControls } from '../../../shared/base/bidiControls';

/** A codebook file that was read, and what importing it would add. */
export interface CodebookImport {
  fileName: string;
  result: ReadQdcResult;
  /** The plan made when the file was read (made again on import, against the codebook as it is then). */
  plan: ImportPlan | null;
}

/** How many top-level names the preview lists per framework. */
const TOP_LEVEL_SHOWN = 12;

/** The top-level names of the new codes, framework by framework (own codes last). */
function topLevelByFramework(plan: ImportPlan): { frameworkId: string | null; labels: string[] }[] {
  const groups = new Map<string | null, string[]>();
  for (const { frameworkId, label } of plan.topLevel) groups.set(frameworkId, [...(groups.get(frameworkId) ?? []), label]);
  return [...groups.entries()].sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : 0)).map(([frameworkId, labels]) => ({ frameworkId, labels }));
}

interface CodebookImportDialogProps {
  file: CodebookImport;
  onImport: () => Promise<Code[]>;
  onChooseOther: () => void;
  onClose: () => void;
}

/**
 * The preview of a REFI-QDA codebook import: how many codes are added (and skipped as already there), the
 * top-level names, and what the evaluator should know; or why the file could not be read.
 */
export function CodebookImportDialog({ file, onImport, onChooseOther, onClose }: CodebookImportDialogProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const { result, plan } = file;
  const warnings: string[] = result.ok ? result.warnings.map((code: QdcWarningCode) => t(`ui.refi.warnings.${code}`)) : [];
  if (plan?.shortcutsDropped) warnings.push(t('ui.codebookEditor.refi.shortcutsDropped'));
  const adding = plan?.add.length ?? 0;
  return (
    <Dialog title={t('ui.codebookEditor.refi.importTitle', { name: showBidiControls(file.fileName) })} onClose={onClose} wide>
      {!result.ok ? (
        <div role="alert" className="import-problem">
          <p className="error-text">
            <strong>{t('ui.codebookEditor.refi.failed')}</strong> {t(`ui.refi.errors.${result.error}`)}
          </p>
        </div>
      ) : (
        <div className="codebook-import">
          <p>
            {t('ui.codebookEditor.refi.fileCodes', { count: result.codes.length })}
            {result.origin && <> {t('ui.codebookEditor.refi.origin', { origin: result.origin })}</>}
          </p>
          {plan && adding > 0 && (
            <>
              <p className="import-adds">
                <strong>{t('ui.codebookEditor.refi.add', { count: adding })}</strong>
                {plan.skipped > 0 && <> {t('ui.codebookEditor.refi.skip', { count: plan.skipped })}</>}
              </p>
              <h3>{t('ui.codebookEditor.refi.topLevel')}</h3>
              <ul className="import-top-level">
                {topLevelByFramework(plan).map(({ frameworkId, labels }) => (
                  <li key={frameworkId ?? ''}>
                    <span className="import-framework">{t(`framework.${frameworkId ?? 'own'}`, { defaultValue: frameworkId ?? '' })}:</span> {labels.slice(0, TOP_LEVEL_SHOWN).join(', ')}
                    {labels.length > TOP_LEVEL_SHOWN && <span className="muted"> {t('ui.codebookEditor.refi.moreTopLevel', { count: labels.length - TOP_LEVEL_SHOWN })}</span>}
                  </li>
                ))}
              </ul>
              <p className="muted small">{t('ui.codebookEditor.refi.where')}</p>
            </>
          )}
          {plan && adding === 0 && <p>{t('ui.codebookEditor.refi.nothing')}</p>}
          {warnings.length > 0 && (
            <>
              <h3>{t('ui.codebookEditor.refi.warnings')}</h3>
              <ul className="import-warnings-list">
                {warnings.map((warning) => (
                  <li key={warning}>{warning}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {failure && (
        <p role="alert" className="error-text">
          {failure}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('ui.common.cancel')}
        </button>
        <button type="button" onClick={onChooseOther}>
          {t('ui.codebookEditor.refi.chooseOther')}
        </button>
        {result.ok && adding > 0 && (
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={async () => {
              setBusy(true);
              try {
                await onImport();
                onClose();
              } catch (e) {
                setFailure(t('ui.common.actionFailed', { detail: errorDetail(t, e) }));
                setBusy(false);
              }
            }}
          >
            {t('ui.codebookEditor.refi.submit', { count: adding })}
          </button>
        )}
      </div>
    </Dialog>
  );
}

