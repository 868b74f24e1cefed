import { useDeferredValue, useMemo, useState } from 'react';
import { findMatches, firstHitFrom, foldText, placeMatches, type ReaderHits } from './find';
import type { ReaderLayout } from './layout';

export interface FindState {
  query: string;
  diacriticSensitive: boolean;
  hits: ReaderHits | null;
  truncated: boolean;
  /** Index of the current match in `hits.hits`, or -1. */
  currentIndex: number;
  setQuery: (query: string, fromChunk: number) => void;
  setDiacriticSensitive: (value: boolean) => void;
  next: () => void;
  previous: () => void;
}

/**
 * Find in the document: the text is folded once per option (case always, diacritics unless asked),
 * matched while typing (deferred, so typing stays quick on a long report) and placed in the layout in
 * reading order. A new search starts at the first match from where the reader is.
 */
export function useFind(text: string, layout: ReaderLayout): FindState {
  const [query, setQueryValue] = useState('');
  const [fromChunk, setFromChunk] = useState(0);
  const [diacriticSensitive, setDiacriticSensitive] = useState(false);
  const [cursor, setCursor] = useState<{ hits: ReaderHits | null; index: number }>({ hits: null, index: 0 });
  const deferred = useDeferredValue(query);
  const searching = deferred.trim() !== '';
  const folded = useMemo(() => (searching ? foldText(text, { diacriticSensitive }) : null), [text, diacriticSensitive, searching]);
  const found = useMemo(() => (folded ? findMatches(folded, deferred, { diacriticSensitive }) : null), [folded, deferred, diacriticSensitive]);
  const hits = useMemo(() => (found ? placeMatches(found.matches, layout) : null), [found, layout]);
  const count = hits?.hits.length ?? 0;
  let current = -1;
  if (hits && count > 0) current = cursor.hits === hits ? Math.min(cursor.index, count - 1) : firstHitFrom(hits, fromChunk);

  return {
    query,
    diacriticSensitive,
    hits,
    truncated: found?.truncated ?? false,
    currentIndex: current,
    setQuery: (value, chunk) => {
      setQueryValue(value);
      setFromChunk(chunk);
    },
    setDiacriticSensitive,
    next: () => {
      if (count > 0) setCursor({ hits, index: (current + 1) % count });
    },
    previous: () => {
      if (count > 0) setCursor({ hits, index: (current - 1 + count) % count });
    },
  };
}
