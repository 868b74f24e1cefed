import { useCallback, useEffect, useRef, useState } from 'react';
import type { SearchMode } from '../../../shared/text/search/searchTypes';
import type { SnippetPart } from '../../../shared/text/search/snippet';
import type { ClientOutcome, SearchClient } from './searchClient';

/** Hits listed (with snippets) at first, and added per "show more". */
export const PAGE = 200;
/** Typing pauses this long before the search runs. */
const DEBOUNCE_MS = 220;

export interface SearchResults {
  /** The outcome of the last search answered, or null before any (and when the field is empty). */
  outcome: ClientOutcome | null;
  /** The query and mode the outcome answers. */
  answered: { query: string; mode: SearchMode } | null;
  searching: boolean;
  error: string | null;
  /** Snippets fetched after the search, by hit index. */
  snippets: ReadonlyMap<number, SnippetPart[]>;
  /** Fetches the snippets of hits [from, to) that have none yet. */
  loadSnippets: (from: number, to: number) => void;
}

function modeKey(mode: SearchMode): string {
  return `${mode.caseSensitive ? 'C' : 'c'}${mode.diacriticSensitive ? 'D' : 'd'}${mode.regex ? 'R' : 'w'}`;
}

/**
 * Runs the search as the evaluator types (after a short pause), again whenever the index changes (a
 * document imported, replaced or deleted), and ignores answers to searches that were overtaken. A search
 * the worker had to be stopped for is not run again by itself.
 */
export function useSearchResults(client: SearchClient, version: number, query: string, mode: SearchMode, order: readonly string[]): SearchResults {
  const [debounced, setDebounced] = useState(query);
  const [answer, setAnswer] = useState<{ key: string; outcome: ClientOutcome; query: string; mode: SearchMode } | null>(null);
  const [failure, setFailure] = useState<{ key: string; message: string } | null>(null);
  const [snippets, setSnippets] = useState<ReadonlyMap<number, SnippetPart[]>>(new Map());
  const sequence = useRef(0);
  const [stuck, setStuck] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    if (query === debounced) return;
    const timer = setTimeout(() => setDebounced(query), query.trim() === '' ? 0 : DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query, debounced]);

  const { caseSensitive, diacriticSensitive, regex } = mode;
  const searchKey = `${debounced}\u0000${modeKey(mode)}`;
  const runKey = `${searchKey}\u0000${version}\u0000${order.join(',')}`;
  const active = debounced.trim() !== '' && !stuck.has(searchKey);

  useEffect(() => {
    const id = ++sequence.current;
    if (!active) return;
    const asked: SearchMode = { caseSensitive, diacriticSensitive, regex };
    client.search(debounced, asked, order, PAGE).then(
      (outcome) => {
        if (id !== sequence.current) return;
        if (outcome.kind === 'timeout') setStuck((previous) => new Set(previous).add(searchKey));
        setSnippets(new Map());
        setAnswer({ key: runKey, outcome, query: debounced, mode: asked });
        setFailure(null);
      },
      (error: unknown) => {
        if (id !== sequence.current) return;
        setFailure({ key: runKey, message: error instanceof Error ? error.message : String(error) });
      },
    );
  }, [client, active, runKey, searchKey, debounced, caseSensitive, diacriticSensitive, regex, order]);

  const outcome = debounced.trim() === '' ? null : (answer?.outcome ?? null);
  const loadSnippets = useCallback(
    (from: number, to: number) => {
      if (!outcome || outcome.kind !== 'hits') return;
      const indices: number[] = [];
      for (let i = from; i < Math.min(to, outcome.hits.length); i++) if (outcome.hits[i]?.snippet === null) indices.push(i);
      if (indices.length === 0) return;
      const id = sequence.current;
      void client.snippets(indices.map((i) => outcome.hits[i] as (typeof outcome.hits)[number])).then((found) => {
        if (id !== sequence.current) return;
        setSnippets((previous) => {
          const next = new Map(previous);
          indices.forEach((index, k) => next.set(index, found[k] ?? []));
          return next;
        });
      });
    },
    [client, outcome],
  );

  return {
    outcome,
    answered: outcome && answer ? { query: answer.query, mode: answer.mode } : null,
    searching: active && answer?.key !== runKey && failure?.key !== runKey,
    error: failure?.key === runKey ? failure.message : null,
    snippets,
    loadSnippets,
  };
}
