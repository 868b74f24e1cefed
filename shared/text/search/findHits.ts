import { fastPathFits, needlePattern } from './foldPattern';
import { foldQuery, foldText, type FoldOptions, type FoldedText } from './foldText';
import type { QueryClause } from './parseQuery';
import { mergeRanges, type TextRange } from './textRange';
import { isWordCharacter } from './tokenize';

/** A clause folded for one search mode, ready to look for in folded text. */
export interface PreparedClause {
  needle: string;
  prefix: boolean;
  /** Whether the needle starts (ends) with a letter or digit, so a word boundary is needed there. */
  wordStart: boolean;
  wordEnd: boolean;
  /** The same search as a regular expression over unfolded text (see foldPattern), when one can be made. */
  pattern: RegExp | null;
}

export function prepareClause(clause: QueryClause, options: FoldOptions): PreparedClause | null {
  const needle = foldQuery(clause.text, options);
  if (needle === '') return null;
  const wordStart = isWordCharacter(needle[0] as string);
  const wordEnd = isWordCharacter(needle.at(-1) as string);
  return { needle, prefix: clause.prefix, wordStart, wordEnd, pattern: needlePattern(needle, options, clause.prefix, wordStart, wordEnd) };
}

function wordAt(text: string, at: number): boolean {
  const character = text[at];
  return character !== undefined && isWordCharacter(character);
}

/**
 * Every occurrence of a clause in folded text as offsets into its source, plus `base`: whole words only
 * (a phrase's ends must fall on word boundaries), and for a prefix the whole word it begins. Stops after
 * `limit` occurrences. A range ends after its last visible character.
 */
export function findClause(source: string, folded: FoldedText, clause: PreparedClause, base = 0, limit = Number.POSITIVE_INFINITY): TextRange[] {
  const { text, origin } = folded;
  const { needle } = clause;
  const found: TextRange[] = [];
  let at = text.indexOf(needle);
  while (at !== -1 && found.length < limit) {
    let end = at + needle.length;
    const startsWord = !clause.wordStart || !wordAt(text, at - 1);
    if (clause.prefix) while (wordAt(text, end)) end++;
    const endsWord = clause.prefix || !clause.wordEnd || !wordAt(text, end);
    if (startsWord && endsWord) {
      // The range ends after the source character the last folded one came from (all of æ for "a").
      const last = origin[end - 1] as number;
      const high = source.charCodeAt(last);
      const width = high >= 0xd800 && high <= 0xdbff && last + 1 < source.length ? 2 : 1;
      found.push({ start: base + (origin[at] as number), end: base + last + width });
      at = text.indexOf(needle, end);
    } else at = text.indexOf(needle, at + 1);
  }
  return found;
}

/**
 * The hits of a word query in one paragraph: every occurrence of every clause, merged where they overlap;
 * null when some clause does not occur (all clauses must). `text` is the paragraph's text, `base` its
 * offset in the document.
 */
export function findClauses(
  text: string,
  clauses: readonly PreparedClause[],
  options: FoldOptions,
  base = 0,
  limit = Number.POSITIVE_INFINITY,
  fast: boolean = fastPathFits(text, options),
): TextRange[] | null {
  let folded: FoldedText | null = null;
  const all: TextRange[] = [];
  for (const clause of clauses) {
    let found: TextRange[];
    if (fast && clause.pattern) found = findRegex(text, clause.pattern, base, limit);
    else {
      folded ??= foldText(text, options);
      found = findClause(text, folded, clause, base, limit);
    }
    if (found.length === 0) return null;
    all.push(...found);
  }
  return all.length === 1 ? all : mergeRanges(all);
}

/** The same as findClauses, always by folding the text (the reference the fast path is tested against). */
export function findClausesByFolding(text: string, clauses: readonly PreparedClause[], options: FoldOptions, base = 0): TextRange[] | null {
  const folded = foldText(text, options);
  const all: TextRange[] = [];
  for (const clause of clauses) {
    const found = findClause(text, folded, clause, base);
    if (found.length === 0) return null;
    all.push(...found);
  }
  return mergeRanges(all);
}

/** Every non-empty match of a global regular expression in a text, as offsets plus `base`. */
export function findRegex(text: string, regex: RegExp, base = 0, limit = Number.POSITIVE_INFINITY): TextRange[] {
  const found: TextRange[] = [];
  regex.lastIndex = 0;
  while (found.length < limit) {
    const match = regex.exec(text);
    if (!match) break;
    if (match[0].length === 0) {
      regex.lastIndex = match.index + 1;
      continue;
    }
    found.push({ start: base + match.index, end: base + match.index + match[0].length });
  }
  return found;
}
