import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The passphrase of an encrypted evaluation file, asked (again, with why the last one failed). */
export function AskPassphrase({ fileName, problem, submitLabel, onSubmit, onCancel }: { fileName: string; problem: string | null; submitLabel: string; onSubmit: (passphrase: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(passphrase);
      }}
    >
      <p>{t('ui.evaluationFiles.askPassphrase', { name: fileName })}</p>
      <div className="field">
        <label htmlFor="evfile-open-passphrase">{t('ui.evaluationFiles.passphrase')}</label>
        <input id="evfile-open-passphrase" type="password" autoComplete="current-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} autoFocus />
      </div>
      {problem && (
        <p role="alert" className="error-text">
          {problem}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {t('ui.common.cancel')}
        </button>
        <button type="submit" className="primary" disabled={passphrase === ''}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
