import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../services/AppContext';
import { routeHref } from '../../services/route';
import { storageStatus } from '../../store';

/**
 * In web mode, when the browser refused persistent storage: what that means and what to do, once, until
 * the evaluator puts it away (remembered in the settings).
 */
export function PersistNotice() {
  const { t } = useTranslation();
  const { repos, platform } = useServices();
  const [shown, setShown] = useState(false);

  useEffect(() => {
    if (platform.kind !== 'web') return;
    let live = true;
    void (async () => {
      const [status, dismissed] = await Promise.all([storageStatus(), repos.settings.persistNoticeDismissed()]);
      if (live) setShown(status.persisted === false && !dismissed);
    })();
    return () => {
      live = false;
    };
  }, [platform, repos]);

  if (!shown) return null;
  return (
    <section className="notice persist-notice" aria-label={t('ui.settings.persistNoticeLabel')}>
      <p>{t('ui.settings.persistNotice')}</p>
      <div className="notice-actions">
        <a href={routeHref({ name: 'settings' })}>{t('ui.settings.persistNoticeSettings')}</a>
        <button
          type="button"
          onClick={() => {
            setShown(false);
            void repos.settings.dismissPersistNotice();
          }}
        >
          {t('ui.settings.persistNoticeDismiss')}
        </button>
      </div>
    </section>
  );
}
