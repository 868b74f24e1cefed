import type { Block } from './document';

/** Blocks sorted by start, for binary search; build once per document. */
export type SortedBlocks = readonly Block[];

export function sortBlocks(blocks: readonly Block[]): SortedBlocks {
  return [...blocks].sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * The page label of a passage `[start, end)`: the page of the block that contains `start`; when `start`
 * falls between blocks (e.g. on the blank line before a paragraph), the page of the first block the
 * passage overlaps; else null. A block without a page gives null.
 */
export function pageAtPosition(blocks: SortedBlocks, start: number, end: number = start + 1): string | null {
  // Last block that starts at or before `start`.
  let low = 0;
  let high = blocks.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((blocks[middle] as Block).start <= start) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  // Nested or overlapping blocks are rare; look back a little for one that still contains `start`.
  for (let i = found; i >= 0 && i > found - 8; i -= 1) {
    const block = blocks[i] as Block;
    if (block.start <= start && start < block.end) return block.page;
  }
  const next = blocks[found + 1];
  if (next !== undefined && next.start < Math.max(end, start + 1)) return next.page;
  return null;
}
