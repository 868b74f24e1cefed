import { useEffect, useState } from 'react';
import type { Id, Segment } from '../../../shared/domain';
import type { Repositories } from '../dexie/repositories';

/** A document's coded passages, with the document they were read for (undefined while loading). */
export interface DocumentSegments {
  documentId: Id;
  list: Segment[];
}

/**
 * A document's coded passages in reading order, kept live: after a coding only the segments it changed
 * are read again (repos.segments.watchByDocument), not the document's thousands (the coding benchmark's
 * profile: reading, cloning and observing them all again held up the next coding).
 */
export function useDocumentSegments(repos: Repositories, documentId: Id): DocumentSegments | undefined {
  const [answer, setAnswer] = useState<DocumentSegments | undefined>(undefined);
  useEffect(() => repos.segments.watchByDocument(documentId, (list) => setAnswer({ documentId, list })), [repos, documentId]);
  return answer;
}
