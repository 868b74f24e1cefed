import { useTranslation } from 'react-i18next';
import { Dialog } from '../ui/Dialog';
import { useServices } from '../services/AppContext';

export function AboutDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { platform } = useServices();
  return (
    <Dialog title={t('ui.about.title')} onClose={onClose}>
      <p>{t('ui.about.body')}</p>
      <p>{t(platform.kind === 'electron' ? 'ui.about.desktop' : 'ui.about.web')}</p>
      <div className="dialog-actions">
        <button type="button" onClick={onClose} autoFocus>
          {t('ui.common.close')}
        </button>
      </div>
    </Dialog>
  );
}
