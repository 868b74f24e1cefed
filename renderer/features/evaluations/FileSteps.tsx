import { useTranslation } from 'react-i18next';
import { ProgressLine } from '../../ui/ProgressLine';

/** An evaluation file's work under way: what is done, its progress (none: not known), and Avbryt. */
export function FileProgress({ label, progress, canCancel, onCancel }: { label: string; progress: number | undefined; canCancel: boolean; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <ProgressLine label={label} progress={progress} progressLabel={t('ui.evaluationFiles.progress')} />
      <div className="dialog-actions">
        <button type="button" onClick={onCancel} disabled={!canCancel}>
          {t('ui.common.cancel')}
        </button>
      </div>
    </>
  );
}

/** Why an evaluation file could not be opened or merged, and Stäng. */
export function FileFailed({ message, onClose }: { message: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <p role="alert" className="error-text">
        {message}
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={onClose} autoFocus>
          {t('ui.common.close')}
        </button>
      </div>
    </>
  );
}
