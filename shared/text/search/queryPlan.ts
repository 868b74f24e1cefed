import type { Query } from 'minisearch';
import { indexTerm } from './foldText';
import type { QueryClause } from './parseQuery';
import type { InvalidReason } from './searchTypes';
import { tokenize } from './tokenize';

/** A prefix needs this many letters before the *, or it would expand to most of the index. */
export const MIN_PREFIX = 2;
/** Above this many occurrences of the rarest word, the index is asked for two words together. */
const PAIR_FROM = 2000;
/** A phrase whose rarest word is in more than this share of paragraphs is found by reading them in order. */
const SCAN_SHARE = 0.25;

/** How a word query finds its candidate paragraphs: none, all of them in order, or the index's answer. */
export type QueryPlan = { kind: 'invalid'; reason: InvalidReason; detail: string } | { kind: 'none' } | { kind: 'scan' } | { kind: 'index'; query: Query };

/** Which paragraphs to read for a word query, from the words' counts in the index's paragraphs. */
export function planQuery(clauses: readonly QueryClause[], maxHits: number, termCounts: ReadonlyMap<string, number>, unitTotal: number): QueryPlan {
  const exact: { term: string; count: number }[] = [];
  const prefixes: string[] = [];
  for (const clause of clauses) {
    const words = tokenize(clause.text).map(indexTerm);
    const last = words.at(-1);
    if (clause.prefix && last !== undefined && last.length < MIN_PREFIX) return { kind: 'invalid', reason: 'shortPrefix', detail: clause.text };
    words.forEach((term, index) => {
      if (clause.prefix && index === words.length - 1) prefixes.push(term);
      else exact.push({ term, count: termCounts.get(term) ?? 0 });
    });
  }
  if (exact.length === 0 && prefixes.length === 0) return { kind: 'invalid', reason: 'noWords', detail: '' };
  if (exact.some((word) => word.count === 0)) return { kind: 'none' };
  if (exact.length === 0) return { kind: 'index', query: { combineWith: 'AND', queries: prefixes.map((term) => ({ queries: [term], prefix: true })) } };
  const rarest = exact.reduce((a, b) => (b.count < a.count ? b : a));
  // Reading paragraphs in order stops at the hit limit; asking the index costs per paragraph with the
  // word. Measured on 150,000 generated paragraphs, both cost about the same per paragraph, so for
  // single words they meet where the word is in about √(limit · paragraphs) of them.
  const singleWords = clauses.every((clause) => !clause.prefix && tokenize(clause.text).length === 1);
  const threshold = singleWords ? Math.sqrt(maxHits * unitTotal) : unitTotal * SCAN_SHARE;
  if (rarest.count > threshold) return { kind: 'scan' };
  // A second word about as rare narrows the paragraphs to read for less than reading them costs.
  const second = exact.filter((word) => word.term !== rarest.term).reduce<{ term: string; count: number } | null>((a, b) => (a === null || b.count < a.count ? b : a), null);
  const terms = second && rarest.count > PAIR_FROM && second.count <= rarest.count * 2 ? [rarest.term, second.term] : [rarest.term];
  return { kind: 'index', query: { combineWith: 'AND', queries: terms.map((term) => ({ queries: [term], prefix: false })) } };
}
