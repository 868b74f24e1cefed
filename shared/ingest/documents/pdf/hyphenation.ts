/** U+00AD, a hyphenation point that is only visible at a line end. */
const SOFT_HYPHEN = '\u00AD';
const SOFT_HYPHENS = /\u00AD/g;
/** The word piece before a hyphen (U+002D or U+2010) at the end of a line. */
const WORD_BEFORE_HYPHEN = /([\p{L}\p{N}]+)[-\u2010]$/u;
const UPPER = /^\p{Lu}+$/u;
const DIGIT_END = /\p{N}$/u;
const STARTS_UPPER_OR_DIGIT = /^[\p{Lu}\p{N}]/u;
const STARTS_LOWER = /^\p{Ll}/u;
const STARTS_WORD = /^[\p{L}\p{N}]/u;
/** "sjuk- och hälsovård", "för- eller nackdelar": a hyphen that stands for the second part of a compound. */
const CONJUNCTION = /^(?:och|eller|samt|respektive|resp\.|till|and|or|und|oder|bzw\.|og)(?=[\s,.;:]|$)/iu;

/** The end of a paragraph that holds its last word: regexes anchored at the end still scan from the start. */
function tail(text: string): string {
  return text.length > 80 ? text.slice(-80) : text;
}

/** Removes soft hyphens (U+00AD) inside a line. */
export function removeSoftHyphens(text: string): string {
  return text.includes(SOFT_HYPHEN) ? text.replace(SOFT_HYPHENS, '') : text;
}

/**
 * Joins two lines of a paragraph. A word broken by a hyphen at the line end is put back together
 * ("utveck-" + "lingen" → "utvecklingen"), but a compound keeps its hyphen when the part before it is in
 * capitals or ends in a digit, or the part after it starts with a capital or a digit ("EU-" + "projekt" →
 * "EU-projekt", "2020-" + "talet", "Skåne-" + "Blekinge"), and "sjuk-" + "och vård" keeps hyphen and
 * space. A soft hyphen at the line end joins without a trace; otherwise lines are joined by a space.
 */
export function joinLines(previous: string, next: string): string {
  if (previous === '') return next;
  if (next === '') return previous;
  if (previous.endsWith(SOFT_HYPHEN)) return previous.slice(0, -1) + next;
  const broken = WORD_BEFORE_HYPHEN.exec(tail(previous));
  if (broken === null) return `${previous} ${next}`;
  if (CONJUNCTION.test(next) || !STARTS_WORD.test(next)) return `${previous} ${next}`;
  const piece = broken[1] ?? '';
  if (STARTS_UPPER_OR_DIGIT.test(next) || UPPER.test(piece) || DIGIT_END.test(piece)) return previous + next;
  return STARTS_LOWER.test(next) ? previous.slice(0, -1) + next : previous + next;
}

const FIRST_WORD = /^(\S+)\s*/u;
const BROKEN_AT_END = /[\p{L}][-\u2010]$/u;

/**
 * A word broken across a page break: the end of the last paragraph of a page and the start of the first
 * paragraph of the next. When the word is to be joined (see `joinLines`) its second part moves back to the
 * first page, so that every word is whole and on the page where it starts. Returns null when nothing moves.
 */
export function carryBrokenWord(previous: string, next: string): { previous: string; next: string } | null {
  const soft = previous.endsWith(SOFT_HYPHEN);
  if (!soft && !BROKEN_AT_END.test(tail(previous))) return null;
  const match = FIRST_WORD.exec(next);
  if (match === null) return null;
  const word = match[1] ?? '';
  const joined = joinLines(previous, word);
  if (joined.length !== previous.length - 1 + word.length) return null;
  return { previous: joined, next: next.slice(match[0].length) };
}
