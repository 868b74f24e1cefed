import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportLanguage } from '../../../shared/domain';
import { useServices } from '../../services/AppContext';
import { storageStatus, type StorageStatus } from '../../store';
import { changeLanguage } from '../../services/i18n';
import { formatBytes } from '../../ui/formatDates';
import { BackupsSection } from './BackupsSection';

/** Language, and where and how much the app stores. */
export function SettingsScreen() {
  const { t, i18n } = useTranslation();
  const { repos, platform } = useServices();
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [coder, setCoder] = useState<string | null>(null);
  useEffect(() => {
    void storageStatus().then(setStatus);
    void repos.settings.coderName().then(setCoder);
  }, [repos]);
  const saveCoder = async () => {
    if (coder !== null) await repos.settings.setCoderName(coder);
  };
  const setLanguage = async (language: ReportLanguage) => {
    await repos.settings.setLanguage(language);
    await changeLanguage(language);
    platform.setLanguage(language);
  };
  return (
    <section className="screen" aria-labelledby="settings-heading">
      <header className="screen-header">
        <h1 id="settings-heading">{t('ui.settings.heading')}</h1>
      </header>
      <div className="panel">
        <label htmlFor="language-select">{t('ui.settings.language')}</label>
        <select id="language-select" value={i18n.language === 'en' ? 'en' : 'sv'} onChange={(e) => void setLanguage(e.target.value === 'en' ? 'en' : 'sv')}>
          <option value="sv">{t('ui.language.sv')}</option>
          <option value="en">{t('ui.language.en')}</option>
        </select>
      </div>
      <div className="panel">
        <label htmlFor="coder-name">{t('ui.settings.coderName')}</label>
        <input id="coder-name" type="text" autoComplete="name" maxLength={100} value={coder ?? ''} disabled={coder === null} onChange={(e) => setCoder(e.target.value)} onBlur={() => void saveCoder()} aria-describedby="coder-name-hint" />
        <p id="coder-name-hint" className="muted small">
          {t('ui.settings.coderNameHint')}
        </p>
      </div>
      <div className="panel">
        <h2>{t('ui.settings.storageHeading')}</h2>
        <dl className="facts">
          <dt>{t('ui.settings.used')}</dt>
          <dd>{formatBytes(status?.usage ?? null, i18n.language)}</dd>
          <dt>{t('ui.settings.available')}</dt>
          <dd>{formatBytes(status && status.quota !== null && status.usage !== null ? status.quota - status.usage : null, i18n.language)}</dd>
          <dt>{t('ui.settings.persisted')}</dt>
          <dd>{status?.persisted === null || status === null ? t('ui.settings.persistedUnknown') : status.persisted ? t('ui.settings.persistedYes') : t('ui.settings.persistedNo')}</dd>
        </dl>
        {platform.kind === 'web' && status?.persisted === false && (
          <p className="notice" role="note">
            {t('ui.settings.persistRefused')}
          </p>
        )}
        {platform.kind === 'web' && status?.persisted === true && <p className="small">{t('ui.settings.persistGranted')}</p>}
        <p className="muted small">{t(platform.kind === 'electron' ? 'ui.settings.whereDesktop' : 'ui.settings.whereWeb')}</p>
        <p className="muted small">{t('ui.settings.notEncrypted')}</p>
      </div>
      <BackupsSection />
    </section>
  );
}
