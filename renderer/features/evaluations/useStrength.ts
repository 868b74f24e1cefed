import { useEffect, useState } from 'react';
import { passphraseStrength, type PassphraseStrength } from '../../../shared/formats/crypto';

/** The strength of a passphrase as it is typed (null while empty, or while the estimate is for an earlier text). */
export function useStrength(passphrase: string, userInputs: readonly string[]): PassphraseStrength | null {
  const [estimate, setEstimate] = useState<{ of: string; strength: PassphraseStrength } | null>(null);
  const inputs = userInputs.join('\n');
  useEffect(() => {
    if (passphrase === '') return;
    let current = true;
    void passphraseStrength(passphrase, inputs.split('\n')).then((strength) => {
      if (current) setEstimate({ of: passphrase, strength });
    });
    return () => {
      current = false;
    };
  }, [passphrase, inputs]);
  return estimate && estimate.of === passphrase ? estimate.strength : null;
}
