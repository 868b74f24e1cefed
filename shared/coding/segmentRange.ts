import type { Id, Segment } from '../domain';
import { selectorsFor, trimRange } from '../text/selectors';
import { passageProjectIn } from './passageProject';

/**
 * A segment moved to a new range of a text (clamped to the text and trimmed of white space), keeping its
 * codes and judgement; to another document when `document` is given (its project by `passageProjectIn`). Null when the range holds nothing
 * but white space.
 */
export function withRange(segment: Segment, text: string, start: number, end: number, now: string, document?: { id: Id; projectId: Id | null }): Segment | null {
  const range = trimRange(text, Math.max(0, start), Math.min(text.length, end));
  if (range.start >= range.end) return null;
  const { position, quote } = selectorsFor(text, range.start, range.end);
  const place = document ? { documentId: document.id, projectId: passageProjectIn(document.projectId, segment.projectId) } : {};
  return { ...segment, ...place, position, quote, updatedAt: now };
}
