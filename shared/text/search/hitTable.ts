// A search's hits as they cross from the worker to the main thread: a table of numbers (each hit's
// document, paragraph, offsets and page as indexes into lists of distinct strings) and the snippets of the
// first hits, instead of thousands of small objects for the structured clone to copy and the reply's
// parser to check one by one.
import type { SearchHit } from './searchTypes';
import type { SnippetPart } from './snippet';

/** Numbers per hit in `table`: document, block, start, end, page (0 for none, else its index + 1). */
const WIDTH = 5;

export interface HitTable {
  documentIds: string[];
  blockIds: string[];
  pages: string[];
  table: Uint32Array;
  /** The snippets of the first hits, in order (null where a hit has none). */
  snippets: (SnippetPart[] | null)[];
}

function indexer(): { ids: string[]; of: (id: string) => number } {
  const ids: string[] = [];
  const seen = new Map<string, number>();
  return {
    ids,
    of: (id) => {
      let at = seen.get(id);
      if (at === undefined) {
        at = ids.length;
        ids.push(id);
        seen.set(id, at);
      }
      return at;
    },
  };
}

export function packHits(hits: readonly SearchHit[]): HitTable {
  const documents = indexer();
  const blocks = indexer();
  const pages = indexer();
  const table = new Uint32Array(hits.length * WIDTH);
  let lastSnippet = -1;
  hits.forEach((hit, i) => {
    const at = i * WIDTH;
    table[at] = documents.of(hit.documentId);
    table[at + 1] = blocks.of(hit.blockId);
    table[at + 2] = hit.start;
    table[at + 3] = hit.end;
    table[at + 4] = hit.page === null ? 0 : pages.of(hit.page) + 1;
    if (hit.snippet !== null) lastSnippet = i;
  });
  const snippets = hits.slice(0, lastSnippet + 1).map((hit) => hit.snippet);
  return { documentIds: documents.ids, blockIds: blocks.ids, pages: pages.ids, table, snippets };
}

const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/**
 * The hits of a table received from the worker, or null when it is not one: every index in range, every
 * range ordered. `snippet` checks (and copies) one snippet.
 */
export function unpackHits(value: unknown, snippet: (value: unknown) => SnippetPart[] | null): SearchHit[] | null {
  if (typeof value !== 'object' || value === null) return null;
  const { documentIds, blockIds, pages, table, snippets } = value as Record<string, unknown>;
  if (!isStrings(documentIds) || !isStrings(blockIds) || !isStrings(pages) || !(table instanceof Uint32Array) || table.length % WIDTH !== 0 || !Array.isArray(snippets)) return null;
  const count = table.length / WIDTH;
  if (snippets.length > count) return null;
  const hits: SearchHit[] = new Array<SearchHit>(count);
  for (let i = 0; i < count; i++) {
    const at = i * WIDTH;
    const documentId = documentIds[table[at] as number];
    const blockId = blockIds[table[at + 1] as number];
    const start = table[at + 2] as number;
    const end = table[at + 3] as number;
    const pageAt = table[at + 4] as number;
    if (documentId === undefined || blockId === undefined || end < start || pageAt > pages.length) return null;
    let parts: SnippetPart[] | null = null;
    if (i < snippets.length && snippets[i] !== null) {
      parts = snippet(snippets[i]);
      if (parts === null) return null;
    }
    hits[i] = { documentId, blockId, start, end, page: pageAt === 0 ? null : (pages[pageAt - 1] as string), snippet: parts };
  }
  return hits;
}
