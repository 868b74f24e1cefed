import type { SnippetPart } from './snippet';

/** A block of a document as search needs it (a subset of the domain's Block). */
export interface SearchBlock {
  id: string;
  start: number;
  end: number;
  page: string | null;
  /** Running headers and footers repeat on every page; they are hidden in the reader and not searched. */
  running?: 'header' | 'footer';
}

/** A current document version's text and blocks, as handed to the index. */
export interface SearchDocument {
  id: string;
  text: string;
  blocks: readonly SearchBlock[];
}

/** What the index holds per paragraph (block): the unit of search. */
export interface SearchUnit {
  documentId: string;
  blockId: string;
  start: number;
  end: number;
  text: string;
  page: string | null;
}

export interface SearchMode {
  caseSensitive: boolean;
  diacriticSensitive: boolean;
  /** The query is one regular expression, matched against the text as written (no folding). */
  regex: boolean;
}

export const DEFAULT_MODE: SearchMode = { caseSensitive: false, diacriticSensitive: false, regex: false };

export interface SearchLimits {
  /** More hits than this are not listed: the outcome says there are more. */
  maxHits: number;
  /** A search stops after this long (checked between paragraphs) and says it stopped. */
  timeBudgetMs: number;
  now: () => number;
}

/** One occurrence, with where it is and a snippet of its paragraph. */
export interface SearchHit {
  documentId: string;
  blockId: string;
  start: number;
  end: number;
  page: string | null;
  /** The snippet, for the first hits of a search; the others are asked for when shown. */
  snippet: SnippetPart[] | null;
}

export type InvalidReason = 'noWords' | 'shortPrefix' | 'regexSyntax' | 'regexNested';

export type SearchOutcome =
  | { kind: 'empty' }
  | { kind: 'invalid'; reason: InvalidReason; detail: string }
  | {
      kind: 'hits';
      /** In the order asked for (documents, then offsets). */
      hits: SearchHit[];
      /** The limit cut the list: there are more hits than listed. */
      more: boolean;
      /** The time budget ran out: some paragraphs were not searched. */
      stopped: boolean;
      elapsedMs: number;
    };

/** A hit to auto-code: its document and offsets. */
export interface HitRef {
  documentId: string;
  start: number;
  end: number;
}

/** A range about to be coded, with its hits marked, for the review list. */
export interface Passage {
  documentId: string;
  start: number;
  end: number;
  page: string | null;
  /** How many hits it holds. */
  hits: number;
  parts: SnippetPart[];
}
