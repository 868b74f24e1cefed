import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { OpenRefusal } from '../../shared/ports/openBatch';
import { useServices } from '../services/AppContext';
import { Dialog } from '../ui/Dialog';
import { formatBytes } from '../ui/formatDates';

/** The words of a refused choice of files: the limit, the choice's figure, and what to do. */
export function openRefusalMessage(t: TFunction, refusal: OpenRefusal, language: string): string {
  if (refusal.reason === 'tooManyFiles') return t('dialog.tooManyFiles', { count: refusal.count, max: refusal.max });
  return t('dialog.batchTooLarge', { count: refusal.count, size: formatBytes(refusal.totalBytes, language), max: formatBytes(refusal.maxBytes, language) });
}

/**
 * Says so when a choice of files (open dialog or drop, in any screen) was refused as over the limits: the
 * platform refuses it whole and tells this one listener.
 */
export function OpenRefusedNotice() {
  const { t, i18n } = useTranslation();
  const { platform } = useServices();
  const [refusal, setRefusal] = useState<OpenRefusal | null>(null);
  useEffect(() => platform.onOpenRefused(setRefusal), [platform]);
  if (!refusal) return null;
  const close = () => setRefusal(null);
  return (
    <Dialog title={t('dialog.openRefusedTitle')} onClose={close}>
      <p role="alert">{openRefusalMessage(t, refusal, i18n.language)}</p>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={close} autoFocus>
          {t('ui.common.close')}
        </button>
      </div>
    </Dialog>
  );
}
