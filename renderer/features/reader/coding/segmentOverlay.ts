import type { Segment } from '../../../../shared/domain';
import type { RecordChange } from '../../../../shared/coding/changeSet';
import { codingRange, codingRule } from '../../../../shared/coding/codingRule';
import { byPosition } from '../../coding/navigation';

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

/** Whether two records of a segment show the same: what the reader paints, lists and edits of it. */
function sameSegment(a: Segment, b: Segment): boolean {
  if (a === b) return true;
  if (a.id !== b.id || a.updatedAt !== b.updatedAt || a.position.start !== b.position.start || a.position.end !== b.position.end) return false;
  if (a.memo !== b.memo || a.strength !== b.strength || a.direction !== b.direction || a.projectId !== b.projectId || a.quote.exact !== b.quote.exact) return false;
  if (a.codeIds.length !== b.codeIds.length) return false;
  return a.codeIds.every((id, i) => id === b.codeIds[i]);
}

/**
 * Whether two lists of segments show the same, in the same order: the live query bringing back what this
 * screen painted from its own write is then no change, and nothing is painted or listed again.
 */
export function sameSegments(a: readonly Segment[], b: readonly Segment[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameSegment(a[i] as Segment, b[i] as Segment)) return false;
  return true;
}

/** The id of a segment painted before its write has come back. */
export const PROVISIONAL_PREFIX = 'provisional:';

/**
 * What coding a range will write, by the same coding rule the repository stores, to paint in the same
 * moment the key is pressed: a new segment gets a provisional id. Null when the write will change nothing
 * (a range of white space only, or a segment that has the code already).
 */
export function provisionalCoding(
  segments: readonly Segment[],
  document: { id: string; evaluationId: string; projectId: string | null; text: string },
  range: { start: number; end: number },
  codeId: string,
  now: string,
): Segment | null {
  const { text } = document;
  const trimmed = codingRange(text, Math.max(0, range.start), Math.min(text.length, range.end));
  if (!trimmed) return null;
  const newId = () => `${PROVISIONAL_PREFIX}${trimmed.start}:${trimmed.end}:${codeId}`;
  return codingRule({ document, text, range: trimmed, segments, codeId, coder: '', now, newId });
}
