import { useTranslation } from 'react-i18next';
import type { Code } from '../../../shared/domain';
import { useServices } from '../../services/AppContext';
import { recordStep } from '../../services/history';
import { useStoreQuery } from '../../store';
import { DeleteDialog } from '../../ui/DeleteDialog';
import { codeLabel } from '../../../shared/domain/codeLabel';

/**
 * Asks before deleting a code, naming what goes with it: the codes below it, the evidence that loses it,
 * the evidence left with no code (kept and listed as uncoded), the judgements of it as a criterion and
 * the findings that lose their links to them. The deletion can be undone.
 */
export function DeleteCodeDialog({ code, onDeleted, onClose }: { code: Code; onDeleted: () => void; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { repos } = useServices();
  const label = codeLabel(code, i18n.language);
  // Read once when the dialog opens: the message must not change under the user's eyes.
  const message = useStoreQuery(async () => {
    const impact = await repos.codebook.deleteImpact(code.id);
    return [
      t('ui.codebookEditor.delete.codes', { count: impact.codeCount, code: label }),
      impact.evidenceCount === 0 ? t('ui.codebookEditor.delete.noEvidence') : t('ui.codebookEditor.delete.evidence', { count: impact.evidenceCount }),
      ...(impact.uncodedCount > 0 ? [t('ui.codebookEditor.delete.uncoded', { count: impact.uncodedCount })] : []),
      ...(impact.judgementCount > 0 ? [t('ui.codebookEditor.delete.judgements', { count: impact.judgementCount })] : []),
      ...(impact.findingCount > 0 ? [t('ui.codebookEditor.delete.findings', { count: impact.findingCount })] : []),
      t('ui.codebookEditor.delete.undoHint'),
    ].join(' ');
  }, []);
  return (
    <DeleteDialog
      title={t('ui.codebookEditor.delete.title', { code: label })}
      confirmLabel={t('ui.codebookEditor.delete.confirm')}
      message={message}
      onDelete={async () => {
        recordStep(await repos.codebook.remove(code.id));
        onDeleted();
      }}
      deletedMessage={t('ui.codebookEditor.notify.deleted', { code: label })}
      onClose={onClose}
    />
  );
}
