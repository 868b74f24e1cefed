import type { Segment } from '../../../shared/domain';
import type { RecordChange } from '../../../shared/coding/changeSet';
import { selectorsFor, trimRange } from '../../../shared/text/selectors';
import { byPosition } from './navigation';

/**
 * Segments this screen has just written, by id (null: deleted or moved to another document), painted at
 * once from the step the write returned, before the live query brings the same records back.
 */
export type SegmentOverlay = ReadonlyMap<string, Segment | null>;

export const EMPTY_OVERLAY: SegmentOverlay = new Map();

/** The overlay with a step's segment changes in one document laid over it. */
export function overlayChanges(overlay: SegmentOverlay, changes: readonly RecordChange[], documentId: string): SegmentOverlay {
  let next: Map<string, Segment | null> | null = null;
  for (const change of changes) {
    if (change.table !== 'segments') continue;
    const after = change.after as Segment | null;
    const before = change.before as Segment | null;
    if (after?.documentId !== documentId && before?.documentId !== documentId) continue;
    next ??= new Map(overlay);
    next.set(change.id, after && after.documentId === documentId ? after : null);
  }
  return next ?? overlay;
}

/** A document's live segments with the overlay laid over them, in reading order. */
export function mergeSegments(live: readonly Segment[], overlay: SegmentOverlay): readonly Segment[] {
  if (overlay.size === 0) return live;
  const merged = live.filter((segment) => !overlay.has(segment.id));
  // Few overlaid segments into many live ones: each goes to its place (live is in reading order already).
  for (const segment of overlay.values()) {
    if (!segment) continue;
    let lo = 0;
    let hi = merged.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byPosition(merged[mid] as Segment, segment) <= 0) lo = mid + 1;
      else hi = mid;
    }
    merged.splice(lo, 0, segment);
  }
  return merged;
}

/** The id of a segment painted before its write has come back. */
export const PROVISIONAL_PREFIX = 'provisional:';

/**
 * What coding a range will write, as the coding repository does it, to paint in the same moment the key
 * is pressed: the range trimmed of white space; the code added to a segment of exactly that range, or a
 * new segment with a provisional id. Null when the write will change nothing (a range of white space
 * only, or a segment that has the code already).
 */
export function provisionalCoding(
  segments: readonly Segment[],
  document: { id: string; evaluationId: string; projectId: string; text: string },
  range: { start: number; end: number },
  codeId: string,
  now: string,
): Segment | null {
  const { start, end } = trimRange(document.text, Math.max(0, range.start), Math.min(document.text.length, range.end));
  if (start >= end) return null;
  const same = segments.find((segment) => segment.position.start === start && segment.position.end === end);
  if (same) return same.codeIds.includes(codeId) ? null : { ...same, codeIds: [...same.codeIds, codeId], updatedAt: now };
  const { position, quote } = selectorsFor(document.text, start, end);
  return {
    id: `${PROVISIONAL_PREFIX}${start}:${end}:${codeId}`,
    evaluationId: document.evaluationId,
    documentId: document.id,
    projectId: document.projectId,
    position,
    quote,
    codeIds: [codeId],
    memo: '',
    strength: null,
    direction: null,
    coder: '',
    createdAt: now,
    updatedAt: now,
  };
}
