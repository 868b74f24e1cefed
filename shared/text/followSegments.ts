import type { Id } from '../domain/ids';
import type { Segment } from '../domain/segment';
import { reanchor } from './reanchor';
import { selectorsFor } from './selectors';

/** The coded passages of an old version that were found again in the new version's text, and how many were not. */
export interface FollowedSegments {
  /** Each found segment as it is in the new version: its document, project, selectors and time. */
  moved: Segment[];
  /** How many could not be found; they stay with the old version, still evidence citing the old text. */
  kept: number;
}

/**
 * The coded passages of a document that follow it to its new version: each is looked for in the new
 * text by its W3C selectors (reanchor) and, where found, re-anchored there with fresh selectors. In a
 * new version of a programme document (no project) each keeps the project it is about.
 */
export function followSegments(segments: readonly Segment[], text: string, to: { documentId: Id; projectId: Id | null; now: string }): FollowedSegments {
  const moved: Segment[] = [];
  let kept = 0;
  for (const segment of segments) {
    const found = reanchor(text, segment.position, segment.quote);
    if (!found || found.end <= found.start) {
      kept++;
      continue;
    }
    const { position, quote } = selectorsFor(text, found.start, found.end);
    moved.push({ ...segment, documentId: to.documentId, projectId: to.projectId ?? segment.projectId, position, quote, updatedAt: to.now });
  }
  return { moved, kept };
}
