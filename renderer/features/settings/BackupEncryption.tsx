import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setBackupPassphrase, useBackupsEncrypted } from '../../services/backupPassphrase';
import { useNotify } from '../../ui/notify';
import { PassphraseFields } from '../evaluations/PassphraseFields';
import { useNewPassphrase } from '../evaluations/useNewPassphrase';

/** "Kryptera säkerhetskopior med lösenfras": a passphrase asked twice, kept in memory only while the app runs. */
export function BackupEncryption() {
  const { t } = useTranslation();
  const notify = useNotify();
  const encrypted = useBackupsEncrypted();
  const [asking, setAsking] = useState(false);
  const newPassphrase = useNewPassphrase();

  const toggle = (checked: boolean) => {
    if (!checked) {
      setBackupPassphrase(null);
      setAsking(false);
    } else setAsking(true);
    newPassphrase.reset();
  };
  const use = () => {
    if (!newPassphrase.check()) return;
    setBackupPassphrase(newPassphrase.passphrase);
    setAsking(false);
    newPassphrase.reset();
    notify(t('ui.backups.encryptStarted'));
  };

  return (
    <div className="backup-encryption">
      <label className="checkbox">
        <input type="checkbox" checked={encrypted || asking} onChange={(e) => toggle(e.target.checked)} /> {t('ui.backups.encrypt')}
      </label>
      {encrypted && <p className="muted small">{t('ui.backups.encryptOn')}</p>}
      {asking && !encrypted && (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            use();
          }}
        >
          <PassphraseFields idPrefix="backup" {...newPassphrase.fields} userInputs={[]} />
          {newPassphrase.problem && (
            <p role="alert" className="error-text">
              {newPassphrase.problem}
            </p>
          )}
          <button type="submit" className="primary">
            {t('ui.backups.encryptUse')}
          </button>
        </form>
      )}
    </div>
  );
}
