import { translations } from '@zxcvbn-ts/language-en';
import { describe, expect, it } from 'vitest';
import { passphraseStrength } from '../../../../shared/formats/crypto';
import { SUGGESTION_KEYS, WARNING_KEYS } from '../../../../shared/formats/crypto/passphraseStrength';
import { CATALOGS, translate } from '../../../../shared/i18n';

function worded(key: string): boolean {
  return translate(CATALOGS.sv, key) !== key && translate(CATALOGS.en, key) !== key;
}

describe('passphraseStrength', () => {
  it('knows every warning and suggestion zxcvbn-ts gives, and the catalog words each in Swedish and English', () => {
    expect([...WARNING_KEYS].sort()).toEqual(Object.keys(translations.warnings).sort());
    expect([...SUGGESTION_KEYS].sort()).toEqual(Object.keys(translations.suggestions).sort());
    for (const key of WARNING_KEYS) expect(worded(`encryption.strength.warning.${key}`), key).toBe(true);
    for (const key of SUGGESTION_KEYS) expect(worded(`encryption.strength.suggestion.${key}`), key).toBe(true);
  });

  it('scores a top-ten password 0 and says why', async () => {
    const strength = await passphraseStrength('password');
    expect(strength.score).toBe(0);
    expect(strength.label).toBe('encryption.strength.score.veryWeak');
    expect(strength.warning).toBe('encryption.strength.warning.topTen');
    expect(strength.suggestions.length).toBeGreaterThan(0);
    for (const key of [strength.label, strength.warning!, ...strength.suggestions]) expect(worded(key), key).toBe(true);
  });

  it('scores a keyboard row and a repeat low, with their warnings', async () => {
    const row = await passphraseStrength('qwertyuiop');
    expect(row.score).toBeLessThanOrEqual(1);
    const repeat = await passphraseStrength('aaaaaaaaaa');
    expect(repeat.score).toBeLessThanOrEqual(1);
    expect(repeat.warning).toBe('encryption.strength.warning.simpleRepeat');
  });

  it('scores a passphrase of several unrelated words 4', async () => {
    const strength = await passphraseStrength('fjällräven korsar ängen i gryningen');
    expect(strength.score).toBe(4);
    expect(strength.label).toBe('encryption.strength.score.veryStrong');
    expect(strength.warning).toBeNull();
    expect(strength.guessesLog10).toBeGreaterThan(10);
  });

  it('counts words of the evaluation, given as user inputs, as guessable', async () => {
    const alone = await passphraseStrength('Norrbottenlyftet2024');
    const known = await passphraseStrength('Norrbottenlyftet2024', ['Norrbottenlyftet']);
    expect(known.guessesLog10).toBeLessThan(alone.guessesLog10);
    expect(known.score).toBeLessThan(alone.score);
  });
});
