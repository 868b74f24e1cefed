import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

/**
 * How strong a passphrase is, by zxcvbn-ts (a kept estimator of guesses from dictionaries, keyboard
 * patterns, dates and repeats) with its common and English word lists: zxcvbn-ts has no Swedish list,
 * so Swedish words count as random letters (the meter says so: `encryption.strength.englishOnly`).
 * The word lists (about 1.5 MB) are loaded on the first call, not with the app.
 */

export const SCORE_KEYS = ['veryWeak', 'weak', 'fair', 'strong', 'veryStrong'] as const;
export const WARNING_KEYS = [
  'straightRow', 'keyPattern', 'simpleRepeat', 'extendedRepeat', 'sequences', 'recentYears', 'dates', 'topTen',
  'topHundred', 'common', 'similarToCommon', 'wordByItself', 'namesByThemselves', 'commonNames', 'userInputs', 'pwned',
] as const;
export const SUGGESTION_KEYS = [
  'l33t', 'reverseWords', 'allUppercase', 'capitalization', 'dates', 'recentYears', 'associatedYears', 'sequences',
  'repeated', 'longerKeyboardPattern', 'anotherWord', 'useWords', 'noNeed', 'pwned',
] as const;

export interface PassphraseStrength {
  /** zxcvbn's score: 0 (guessed in under 10^3 tries) to 4 (over 10^10). */
  readonly score: 0 | 1 | 2 | 3 | 4;
  /** The catalog key of the score's label (`encryption.strength.score.*`). */
  readonly label: string;
  /** The catalog key of what makes it guessable (`encryption.strength.warning.*`), or null. */
  readonly warning: string | null;
  /** Catalog keys of what to do (`encryption.strength.suggestion.*`). */
  readonly suggestions: readonly string[];
  /** log10 of the estimated guesses. */
  readonly guessesLog10: number;
}

let estimator: Promise<ZxcvbnFactory> | null = null;

function loadEstimator(): Promise<ZxcvbnFactory> {
  estimator ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common'), import('@zxcvbn-ts/language-en')]).then(
    ([core, common, en]) =>
      new core.ZxcvbnFactory({
        dictionary: { ...common.dictionary, ...en.dictionary },
        graphs: common.adjacencyGraphs,
      }),
  );
  return estimator;
}

function known<K extends string>(keys: readonly K[], key: string | null | undefined): key is K {
  return typeof key === 'string' && (keys as readonly string[]).includes(key);
}

/**
 * Estimates a passphrase's strength. `userInputs` are words an attacker would try first (the
 * evaluator's name, the evaluation's title): zxcvbn counts them as guessable and warns of them.
 */
export async function passphraseStrength(passphrase: string, userInputs: readonly string[] = []): Promise<PassphraseStrength> {
  const result = (await loadEstimator()).check(passphrase, [...userInputs]);
  const score = result.score;
  const { warning, suggestions } = result.feedback;
  return {
    score,
    label: `encryption.strength.score.${SCORE_KEYS[score]}`,
    warning: known(WARNING_KEYS, warning) ? `encryption.strength.warning.${warning}` : null,
    suggestions: suggestions.filter((s) => known(SUGGESTION_KEYS, s)).map((s) => `encryption.strength.suggestion.${s}`),
    guessesLog10: result.guessesLog10,
  };
}
