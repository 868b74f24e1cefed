import type { Block } from '../../../shared/domain/document';

/** Where a chunk is shown: the document's body, or one of the sections the reader adds at the end. */
export type ReaderSection = 'body' | 'notes' | 'comments';

/** A run of blocks rendered (or left out as a placeholder) as one unit. */
export interface Chunk {
  index: number;
  section: ReaderSection;
  /** The page label to mark at the top of the chunk, or null (no page change here, or no pages). */
  pageMarker: string | null;
  blocks: readonly Block[];
}

/** One laid-out block's place, for finding the chunk that holds a text offset. */
interface Placed {
  start: number;
  end: number;
  chunk: number;
  block: Block;
}

export interface ReaderLayout {
  chunks: Chunk[];
  /** The chunk of every laid-out block, by block id. Hidden blocks are not laid out. */
  chunkOfBlock: ReadonlyMap<string, number>;
  /** Laid-out blocks sorted by their start offset. */
  placed: readonly Placed[];
  /** The number of each list item within its list (1, 2, 3 …), counted over the whole document. */
  listNumbers: ReadonlyMap<string, number>;
  /** Whether the document has pages (page labels), running headers/footers, footnotes and endnotes of both kinds. */
  paged: boolean;
  hasRunning: boolean;
  mixedNotes: boolean;
}

export interface LayoutOptions {
  /** Show running headers and footers (hidden by default). */
  showRunning: boolean;
  /** Blocks per chunk when the document has no pages (default 40). */
  chunkSize?: number;
  /** No chunk grows beyond this many blocks, not even a long page, list or table (default 120). */
  maxChunkSize?: number;
}

export const DEFAULT_CHUNK_SIZE = 40;
export const DEFAULT_MAX_CHUNK_SIZE = 120;

function sectionOf(block: Block): ReaderSection {
  if (block.kind === 'note') return 'notes';
  if (block.kind === 'comment') return 'comments';
  return 'body';
}

/** True when `next` continues the list or the table that `previous` is part of. */
export function continuesGroup(previous: Block | undefined, next: Block): boolean {
  if (!previous) return false;
  if (previous.kind === 'listItem' && next.kind === 'listItem') return true;
  return previous.kind === 'tableCell' && next.kind === 'tableCell' && previous.cell !== undefined && previous.cell.table === next.cell?.table;
}

/**
 * Numbers list items: an item continues the list of the list items right before it (running headers
 * and footers between them do not interrupt a list, so a list goes on across a page break). An item
 * counts on from the previous item at its depth of the same kind (numbered or not); deeper levels start
 * again after it.
 */
export function numberListItems(blocks: readonly Block[]): Map<string, number> {
  const numbers = new Map<string, number>();
  let counters: { ordered: boolean; count: number }[] = [];
  let inList = false;
  for (const block of blocks) {
    if (block.running || sectionOf(block) !== 'body') continue;
    if (block.kind !== 'listItem') {
      inList = false;
      continue;
    }
    if (!inList) counters = [];
    inList = true;
    const depth = Math.max(0, block.list?.depth ?? 0);
    const ordered = block.list?.ordered ?? false;
    counters.length = Math.min(counters.length, depth + 1);
    const counter = counters[depth];
    const count = counter && counter.ordered === ordered ? counter.count + 1 : 1;
    counters[depth] = { ordered, count };
    for (let d = 0; d < depth; d++) counters[d] ??= { ordered: false, count: 0 };
    numbers.set(block.id, count);
  }
  return numbers;
}

/**
 * Lays a document out in chunks: the body one chunk per page when the document has pages (a long page
 * is cut in several), else about `chunkSize` blocks, cut where no list or table goes on; then the
 * footnotes and endnotes, then the comments, each in chunks of `chunkSize`. Running headers and
 * footers are left out unless shown. Pure: the same blocks and options give the same layout.
 */
export function layoutDocument(blocks: readonly Block[], options: LayoutOptions): ReaderLayout {
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  const maxChunkSize = Math.max(chunkSize, options.maxChunkSize ?? DEFAULT_MAX_CHUNK_SIZE);
  const paged = blocks.some((block) => block.page !== null);
  const hasRunning = blocks.some((block) => block.running !== undefined);
  const noteKinds = new Set(blocks.filter((block) => block.kind === 'note').map((block) => block.note?.kind ?? 'footnote'));
  const chunks: Chunk[] = [];
  const chunkOfBlock = new Map<string, number>();
  const placed: Placed[] = [];

  let current: Block[] = [];
  let currentSection: ReaderSection = 'body';
  let currentMarker: string | null = null;
  const flush = () => {
    if (current.length === 0) return;
    const index = chunks.length;
    chunks.push({ index, section: currentSection, pageMarker: currentMarker, blocks: current });
    for (const block of current) {
      chunkOfBlock.set(block.id, index);
      placed.push({ start: block.start, end: block.end, chunk: index, block });
    }
    current = [];
    currentMarker = null;
  };

  // The body, in document order. A page begins where the page label changes, even when its first
  // block (typically a running header) is hidden: the marker goes before the first block shown.
  let page: string | null = null;
  let pageBegins = false;
  for (const block of blocks) {
    if (sectionOf(block) !== 'body') continue;
    if (paged && block.page !== null && block.page !== page) {
      page = block.page;
      pageBegins = true;
    }
    if (block.running && !options.showRunning) continue;
    const previous = current[current.length - 1];
    const full = current.length >= maxChunkSize || (!paged && current.length >= chunkSize && !continuesGroup(previous, block));
    if (pageBegins || full) flush();
    if (current.length === 0) {
      currentSection = 'body';
      if (pageBegins) currentMarker = page;
    }
    pageBegins = false;
    current.push(block);
  }
  flush();

  for (const section of ['notes', 'comments'] as const) {
    for (const block of blocks) {
      if (sectionOf(block) !== section) continue;
      if (current.length >= chunkSize) flush();
      currentSection = section;
      current.push(block);
    }
    flush();
  }

  placed.sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    chunks,
    chunkOfBlock,
    placed,
    listNumbers: numberListItems(blocks),
    paged,
    hasRunning,
    mixedNotes: noteKinds.size > 1,
  };
}

/** The index in `placed` of the first block that ends after `offset` (blocks never overlap, so ends are sorted too). */
function firstEndingAfter(placed: readonly Placed[], offset: number): number {
  let lo = 0;
  let hi = placed.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((placed[mid] as Placed).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The laid-out block holding a text offset (or, for an offset between blocks, the next block after
 * it; the last block for an offset past the end), or null when nothing is laid out.
 */
export function blockAtOffset(layout: ReaderLayout, offset: number): { block: Block; chunk: number } | null {
  const { placed } = layout;
  if (placed.length === 0) return null;
  const found = placed[Math.min(firstEndingAfter(placed, offset), placed.length - 1)] as Placed;
  return { block: found.block, chunk: found.chunk };
}

/** A coded segment's range, as the pieces need it. */
export interface SegmentRange {
  id: string;
  start: number;
  end: number;
}

/** The segments that touch each chunk, so a chunk is cut into pieces only by its own segments. */
export function rangesByChunk<T extends SegmentRange>(layout: ReaderLayout, segments: readonly T[]): Map<number, T[]> {
  const byChunk = new Map<number, T[]>();
  const { placed } = layout;
  for (const segment of segments) {
    // Blocks are laid out in text order, so a segment's chunks come in order too: each is added once.
    let last = -1;
    for (let i = firstEndingAfter(placed, segment.start); i < placed.length; i++) {
      const place = placed[i] as Placed;
      if (place.start >= segment.end) break;
      if (place.chunk === last) continue;
      last = place.chunk;
      const list = byChunk.get(place.chunk);
      if (list) {
        if (list[list.length - 1] !== segment) list.push(segment);
      } else byChunk.set(place.chunk, [segment]);
    }
  }
  return byChunk;
}

/** The chunks holding any of the text in [start, end), in order. */
export function chunksOfRange(layout: ReaderLayout, start: number, end: number): number[] {
  const chunks = new Set<number>();
  const { placed } = layout;
  for (let i = firstEndingAfter(placed, start); i < placed.length; i++) {
    const place = placed[i] as Placed;
    if (place.start >= end) break;
    chunks.add(place.chunk);
  }
  return [...chunks].sort((a, b) => a - b);
}
