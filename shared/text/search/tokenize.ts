import { indexTerm } from './foldText';

/** Letters, digits and combining marks make words; everything else separates them. */
const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;
/** A word, with the invisible characters a word processor leaves inside words (soft hyphens). */
const WORD = /[\p{L}\p{N}\p{M}\u00ad\u200b-\u200d\u2060\ufeff]+/gu;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/gu;

export function isWordCharacter(character: string): boolean {
  return WORD_CHARACTER.test(character);
}

/**
 * The words of a text as the index sees them: "EU-projektet, 2,5 mnkr" gives EU, projektet, 2, 5, mnkr.
 * A soft hyphen inside a word does not split it. The same function splits queries, so a query's words are
 * always words the index can hold.
 */
export function tokenize(text: string): string[] {
  const words: string[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0].replace(INVISIBLE, '');
    if (word !== '') words.push(word);
  }
  return words;
}

/** The index terms of a text: its words, folded loosely. */
export function indexTerms(text: string): string[] {
  return tokenize(text).map(indexTerm);
}
