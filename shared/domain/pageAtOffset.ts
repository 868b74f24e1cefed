import type { Block } from './document';

/** What the page rule reads of a block (a document's `Block`, or the search index's copy of one). */
export type PagedSpan = Pick<Block, 'start' | 'end' | 'page'>;

/** Blocks sorted for binary search, with how far the blocks up to each one reach. */
interface PageIndex {
  spans: readonly PagedSpan[];
  /** `reach[i]` is the largest `end` of `spans[0..i]`: no block at or before `i` holds an offset at or past it. */
  reach: Float64Array;
}

// Built once per blocks array and kept while the array lives, so callers can ask for one page at a time.
const indexes = new WeakMap<readonly PagedSpan[], PageIndex>();

/** By start; of blocks starting together, the longer (outer) first, so the inner one is met first looking back. */
function byStart(a: PagedSpan, b: PagedSpan): number {
  return a.start - b.start || b.end - a.end;
}

function indexOf(blocks: readonly PagedSpan[]): PageIndex {
  let index = indexes.get(blocks);
  if (index !== undefined) return index;
  // The importers write blocks in text order without nesting; sort only when a document's blocks are not.
  let spans = blocks;
  const sorted = blocks.every((block, i) => block.end > block.start && (i === 0 || byStart(blocks[i - 1] as PagedSpan, block) <= 0));
  // Empty blocks hold no text, so no offset is on them.
  if (!sorted) spans = blocks.filter((block) => block.end > block.start).sort(byStart);
  const reach = new Float64Array(spans.length);
  let furthest = -Infinity;
  spans.forEach((span, i) => {
    furthest = Math.max(furthest, span.end);
    reach[i] = furthest;
  });
  index = { spans, reach };
  indexes.set(blocks, index);
  return index;
}

/**
 * The page label at a text offset, the one rule wherever a page is cited (quote lists, the reader, the
 * report, search hits):
 * - the page of the block that holds the offset (`start <= offset < end`); where blocks nest or overlap,
 *   the innermost one (the one that starts last);
 * - for an offset between blocks (the white space separating them) or before the first block, the page
 *   of the next block, where the text that follows begins;
 * - past the last block, null; a block without a page gives null.
 * Blocks may come in any order. The first call for a blocks array sorts it once (when needed) and keeps
 * that for the array's lifetime; each call is then a binary search.
 */
export function pageAtOffset(blocks: readonly PagedSpan[], offset: number): string | null {
  const { spans, reach } = indexOf(blocks);
  // The last block that starts at or before the offset.
  let low = 0;
  let high = spans.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((spans[middle] as PagedSpan).start <= offset) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  // Look back for a block that still holds the offset: only while some earlier block reaches past it,
  // so without nesting this is at most the one block found.
  for (let i = found; i >= 0 && (reach[i] as number) > offset; i -= 1) {
    const span = spans[i] as PagedSpan;
    if (offset < span.end) return span.page;
  }
  return spans[found + 1]?.page ?? null;
}
