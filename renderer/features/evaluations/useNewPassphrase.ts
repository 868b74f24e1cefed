import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A new passphrase typed twice for PassphraseFields, the form's problem, and the check that both are one passphrase. */
export function useNewPassphrase() {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  return {
    passphrase,
    problem,
    setProblem,
    fields: {
      passphrase,
      again,
      onPassphrase: (value: string) => {
        setPassphrase(value);
        setProblem(null);
      },
      onAgain: (value: string) => {
        setAgain(value);
        setProblem(null);
      },
    },
    /** True when a passphrase was typed the same twice; else says what is wrong. */
    check(): boolean {
      if (passphrase === '') setProblem(t('ui.evaluationFiles.passphraseMissing'));
      else if (passphrase !== again) setProblem(t('ui.evaluationFiles.passphraseMismatch'));
      else return true;
      return false;
    },
    reset() {
      setPassphrase('');
      setAgain('');
      setProblem(null);
    },
  };
}
