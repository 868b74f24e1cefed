/** A letter, digit or combining mark of any script: what words are made of. */
const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;
/** What may join two runs of word characters inside one word. */
const JOINERS = new Set(["'", '’', '-']);

/**
 * Words as runs of letters and digits (any script), joined by apostrophes or hyphens inside a word.
 * One pass by code point, no regular expression over the whole text: a matching regular expression
 * backtracks over a whole run, and a text of one enormous "word" (`a-a-a-…`, 12 MB) overflowed its stack.
 */
export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  /** A joiner right after a word's characters, waiting to see whether the word goes on after it. */
  let joined = false;
  for (let i = 0; i < text.length; i++) {
    let char = text[i] as string;
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      char = text.slice(i, i + 2);
      i++;
    }
    if (isWordCharacter(char, unit)) {
      if (!inWord && !joined) count++;
      inWord = true;
      joined = false;
    } else if (inWord && JOINERS.has(char)) {
      inWord = false;
      joined = true;
    } else {
      inWord = false;
      joined = false;
    }
  }
  return count;
}

function isWordCharacter(char: string, unit: number): boolean {
  if (unit < 0x80) return (unit >= 0x30 && unit <= 0x39) || (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x61 && unit <= 0x7a);
  return WORD_CHARACTER.test(char);
}
