import type { Block } from '../../../shared/domain/document';

export interface OutlineEntry {
  blockId: string;
  /** The heading's level (1-6). */
  level: number;
  /** Indentation step from 0, relative to the document's highest heading level. */
  indent: number;
  /** The heading's text on one line, shortened when very long. */
  label: string;
}

const MAX_LABEL = 120;

/** The heading's text on one line: white space runs become one space; very long text ends in an ellipsis. */
export function oneLine(text: string, max = MAX_LABEL): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  let cut = max - 1;
  // Never cut a surrogate pair in two.
  const code = line.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  return `${line.slice(0, cut).trimEnd()}…`;
}

/** The document's headings (running headers and footers left out), in order, for the outline panel. */
export function outlineOf(blocks: readonly Block[], text: string): OutlineEntry[] {
  const headings = blocks.filter((block) => block.kind === 'heading' && !block.running);
  if (headings.length === 0) return [];
  const levels = headings.map((block) => Math.min(6, Math.max(1, block.level ?? 1)));
  const top = levels.reduce((min, level) => Math.min(min, level), 6);
  return headings.map((block, index) => {
    const level = levels[index] as number;
    return { blockId: block.id, level, indent: level - top, label: oneLine(text.slice(block.start, block.end)) };
  });
}

/** At most this many outline entries are listed; a longer outline keeps only its top levels. */
export const MAX_OUTLINE_ENTRIES = 600;

export function visibleEntries(entries: readonly OutlineEntry[]): readonly OutlineEntry[] {
  if (entries.length <= MAX_OUTLINE_ENTRIES) return entries;
  for (const depth of [2, 1, 0]) {
    const kept = entries.filter((entry) => entry.indent <= depth);
    if (kept.length <= MAX_OUTLINE_ENTRIES || depth === 0) return kept;
  }
  return entries;
}

/**
 * Which outline entry the reader is in: the last heading at or before the block at the top of the view,
 * or the notes or comments section; null before the first heading.
 */
export function activeOutlineKey(entries: readonly OutlineEntry[], order: ReadonlyMap<string, number>, block: Block | undefined): string | null {
  if (!block) return null;
  if (block.kind === 'note') return 'notes';
  if (block.kind === 'comment') return 'comments';
  const at = order.get(block.id);
  if (at === undefined) return null;
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((order.get((entries[mid] as OutlineEntry).blockId) ?? Infinity) <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? (entries[lo - 1] as OutlineEntry).blockId : null;
}
