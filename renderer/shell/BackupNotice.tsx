import { useTranslation } from 'react-i18next';
import { useServices } from '../services/AppContext';
import { useBackupScheduler, useBackupState } from '../services/backups';
import { errorDetail } from '../ui/errorDetail';

/** The one notice that a backup failed: it stays until dismissed or a backup succeeds, and says what to do. */
export function BackupNotice() {
  const { t } = useTranslation();
  const { platform } = useServices();
  const scheduler = useBackupScheduler();
  const { failure } = useBackupState();
  if (!failure || failure.dismissed) return null;
  return (
    <div className="notice backup-notice" role="alert">
      <p>{t(platform.kind === 'electron' ? 'ui.backups.failedDesktop' : 'ui.backups.failed', { detail: errorDetail(t, failure.error) })}</p>
      <button type="button" onClick={() => scheduler.dismissFailure()} aria-label={t('ui.backups.dismiss')}>
        {t('ui.common.close')}
      </button>
    </div>
  );
}
