import { useTranslation } from 'react-i18next';
import { useStrength } from './useStrength';

/** The strength of the passphrase in words: its label, zxcvbn's warning and the note on Swedish words. */
function StrengthReport({ passphrase, userInputs }: { passphrase: string; userInputs: readonly string[] }) {
  const { t } = useTranslation();
  const strength = useStrength(passphrase, userInputs);
  if (!strength) return null;
  return (
    <div className="strength" aria-live="polite">
      <meter min={0} max={4} low={2} high={3} optimum={4} value={strength.score} aria-label={t('encryption.strength.label')} />{' '}
      <strong>
        {t('encryption.strength.label')}: {t(strength.label)}
      </strong>
      {strength.warning && <p className="small">{t(strength.warning)}</p>}
      {strength.suggestions.map((key) => (
        <p key={key} className="small muted">
          {t(key)}
        </p>
      ))}
      <p className="small muted">{t('encryption.strength.englishOnly')}</p>
    </div>
  );
}

interface PassphraseFieldsProps {
  /** Prefix of the fields' ids (two forms on one page need their own). */
  idPrefix: string;
  passphrase: string;
  again: string;
  onPassphrase(value: string): void;
  onAgain(value: string): void;
  /** Words the strength meter counts as guessable (the evaluation's title, programme, evaluators). */
  userInputs: readonly string[];
}

/** A new passphrase asked twice, with the warning that it is stored nowhere and its strength. */
export function PassphraseFields({ idPrefix, passphrase, again, onPassphrase, onAgain, userInputs }: PassphraseFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <p className="notice">{t('ui.evaluationFiles.lostWarning')}</p>
      <div className="field">
        <label htmlFor={`${idPrefix}-passphrase`}>{t('ui.evaluationFiles.passphrase')}</label>
        <input id={`${idPrefix}-passphrase`} type="password" autoComplete="new-password" value={passphrase} onChange={(e) => onPassphrase(e.target.value)} autoFocus />
      </div>
      <StrengthReport passphrase={passphrase} userInputs={userInputs} />
      <div className="field">
        <label htmlFor={`${idPrefix}-passphrase-again`}>{t('ui.evaluationFiles.passphraseAgain')}</label>
        <input id={`${idPrefix}-passphrase-again`} type="password" autoComplete="new-password" value={again} onChange={(e) => onAgain(e.target.value)} />
      </div>
    </>
  );
}
