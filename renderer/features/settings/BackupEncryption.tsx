import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setBackupPassphrase, useBackupsEncrypted } from '../../services/backupPassphrase';
import { useNotify } from '../../ui/notify';
import { PassphraseFields } from '../evaluations/PassphraseFields';

/** "Kryptera säkerhetskopior med lösenfras": a passphrase asked twice, kept in memory only while the app runs. */
export function BackupEncryption() {
  const { t } = useTranslation();
  const notify = useNotify();
  const encrypted = useBackupsEncrypted();
  const [asking, setAsking] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const toggle = (checked: boolean) => {
    if (!checked) {
      setBackupPassphrase(null);
      setAsking(false);
    } else setAsking(true);
    setPassphrase('');
    setAgain('');
    setProblem(null);
  };
  const use = () => {
    if (passphrase === '') return setProblem(t('ui.evaluationFiles.passphraseMissing'));
    if (passphrase !== again) return setProblem(t('ui.evaluationFiles.passphraseMismatch'));
    setBackupPassphrase(passphrase);
    setAsking(false);
    setPassphrase('');
    setAgain('');
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
          <PassphraseFields
            idPrefix="backup"
            passphrase={passphrase}
            again={again}
            onPassphrase={(value) => {
              setPassphrase(value);
              setProblem(null);
            }}
            onAgain={(value) => {
              setAgain(value);
              setProblem(null);
            }}
            userInputs={[]}
          />
          {problem && (
            <p role="alert" className="error-text">
              {problem}
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
