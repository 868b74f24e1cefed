import { sentencesOf } from './sentences';
import { lastStartingAtOrBefore, trimWhiteSpace, type TextRange } from './textRange';

/** What auto-coding codes around each hit: the hit itself, its sentence, or its paragraph (block). */
export const GRANULARITIES = ['hit', 'sentence', 'paragraph'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

export function isGranularity(value: unknown): value is Granularity {
  return typeof value === 'string' && (GRANULARITIES as readonly string[]).includes(value);
}

/** The block (by index in `blocks`, sorted by start) that holds `offset`, or -1. */
function blockIndexAt(blocks: readonly TextRange[], offset: number): number {
  const found = lastStartingAtOrBefore(blocks, offset);
  // Nested or overlapping blocks are rare; look back a little for one that still holds the offset.
  for (let i = found; i >= 0 && i > found - 8; i--) {
    const block = blocks[i] as TextRange;
    if (block.start <= offset && offset < block.end) return i;
  }
  return -1;
}

function sentenceAt(text: string, block: TextRange, offset: number): TextRange | null {
  const sentences = sentencesOf(text, block);
  const index = lastStartingAtOrBefore(sentences, offset);
  const sentence = sentences[Math.max(0, index)];
  return sentence ?? null;
}

/**
 * The range to code for a hit `[start, end)` of a document's text: the hit, the sentence (or sentences)
 * it is in, or its paragraph (the block or blocks it is in). `blocks` are the document's blocks sorted by
 * start. Without white space at the ends; a hit outside every block stays the hit.
 */
export function expandRange(text: string, blocks: readonly TextRange[], hit: TextRange, granularity: Granularity): TextRange {
  const trimmed = trimWhiteSpace(text, hit);
  if (granularity === 'hit') return trimmed;
  const first = blockIndexAt(blocks, trimmed.start);
  const last = blockIndexAt(blocks, Math.max(trimmed.start, trimmed.end - 1));
  if (first === -1 || last === -1) return trimmed;
  const firstBlock = blocks[first] as TextRange;
  const lastBlock = blocks[last] as TextRange;
  if (granularity === 'paragraph') return trimWhiteSpace(text, { start: Math.min(firstBlock.start, trimmed.start), end: Math.max(lastBlock.end, trimmed.end) });
  const from = sentenceAt(text, firstBlock, trimmed.start);
  const to = sentenceAt(text, lastBlock, Math.max(trimmed.start, trimmed.end - 1));
  return { start: Math.min(from?.start ?? trimmed.start, trimmed.start), end: Math.max(to?.end ?? trimmed.end, trimmed.end) };
}
