import type { SourceDocument } from '../domain/document';
import type { Id } from '../domain/ids';
import type { Segment } from '../domain/segment';
import { comparableQuote } from '../text/comparableWords';

/** What the rule needs of a document: whether it repeats another (the same text in another format). */
export type TwinFacts = Pick<SourceDocument, 'id' | 'duplicateOf'>;
/** What the rule needs of a passage. */
export type CountedPassage = Pick<Segment, 'id' | 'documentId' | 'codeIds' | 'quote' | 'position'>;

/**
 * The original a document repeats, through any chain of twins; where the marks run in a circle, the
 * first of the circle's documents by id stands for all of them.
 */
function originalOf(id: Id, byId: ReadonlyMap<Id, TwinFacts>): Id {
  const chain: Id[] = [id];
  let current = id;
  for (;;) {
    const next = byId.get(current)?.duplicateOf ?? null;
    if (next === null || !byId.has(next)) return current;
    const at = chain.indexOf(next);
    if (at !== -1) return chain.slice(at).sort()[0] ?? current;
    chain.push(next);
    current = next;
  }
}

/**
 * THE COUNTED-ONCE RULE. Where a document is the twin of another (the same report in two formats), a
 * passage of one that covers the same text (its quote compared by `comparableQuote`) with the same code
 * as a passage of the other is counted once: in the original, or else in the twin that comes first.
 * Evidence coded in only one of the twins counts once, as any evidence. Returns, for each passage with
 * codes already counted in a twin, those codes; passages outside twins are never in it. Two passages in
 * one document are never taken for each other.
 */
export function twinRepeats(segments: readonly CountedPassage[], documents: readonly TwinFacts[]): Map<Id, Set<Id>> {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const inTwins = new Set<Id>();
  for (const document of documents) {
    if (document.duplicateOf === null || !byId.has(document.duplicateOf)) continue;
    inTwins.add(document.id);
    inTwins.add(document.duplicateOf);
  }
  const repeats = new Map<Id, Set<Id>>();
  if (inTwins.size === 0) return repeats;
  const group = (documentId: Id) => originalOf(documentId, byId);
  // The original first, then the twins by id, each in text order: the first place a quote is coded counts.
  const rank = (documentId: Id) => (byId.get(documentId)?.duplicateOf ?? null) === null ? 0 : 1;
  const ordered = segments
    .filter((s) => inTwins.has(s.documentId))
    .sort((a, b) => rank(a.documentId) - rank(b.documentId) || a.documentId.localeCompare(b.documentId) || a.position.start - b.position.start);
  const firstIn = new Map<string, Id>();
  for (const segment of ordered) {
    const quote = comparableQuote(segment.quote.exact);
    for (const codeId of new Set(segment.codeIds)) {
      const key = `${group(segment.documentId)}\u0000${codeId}\u0000${quote}`;
      const first = firstIn.get(key);
      if (first === undefined) firstIn.set(key, segment.documentId);
      else if (first !== segment.documentId) {
        const codes = repeats.get(segment.id) ?? new Set<Id>();
        codes.add(codeId);
        repeats.set(segment.id, codes);
      }
    }
  }
  return repeats;
}

/**
 * The passages as they are counted: each without the codes already counted in its twin, and without
 * the passages left with none of their codes. Passages that repeat nothing are passed on as they are.
 */
export function countedOnce<S extends CountedPassage>(segments: readonly S[], documents: readonly TwinFacts[]): S[] {
  const repeats = twinRepeats(segments, documents);
  if (repeats.size === 0) return [...segments];
  return segments.flatMap((segment) => {
    const repeated = repeats.get(segment.id);
    if (!repeated) return [segment];
    const codeIds = segment.codeIds.filter((id) => !repeated.has(id));
    return codeIds.length === 0 ? [] : [{ ...segment, codeIds }];
  });
}

/** The passages every code of which is already counted in a twin: they add nothing to any count. */
export function repeatedPassages(segments: readonly CountedPassage[], documents: readonly TwinFacts[]): Set<Id> {
  const repeats = twinRepeats(segments, documents);
  return new Set(segments.filter((s) => s.codeIds.length > 0 && s.codeIds.every((id) => repeats.get(s.id)?.has(id) === true)).map((s) => s.id));
}
