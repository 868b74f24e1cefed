import { useEffect, useState } from 'react';
import type { Id, Segment } from '../../../shared/domain';
import type { Repositories } from '../dexie/repositories';

/** A document's coded passages, with the document they were read for (undefined while loading). */
export interface DocumentSegments {
  documentId: Id;
  list: Segment[];
}

const byPosition = (a: Segment, b: Segment) => a.position.start - b.position.start || a.position.end - b.position.end;

/**
 * A document's coded passages in text order, kept live. They are kept in step by id
 * (repos.segments.watchByDocument), not read again whole after every coding: the coding benchmark's
 * profile had the 2,000 passages of the open report read and cloned again after each one coded.
 */
export function useDocumentSegments(repos: Repositories, documentId: Id): DocumentSegments | undefined {
  const [watched, setWatched] = useState<DocumentSegments | undefined>(undefined);
  useEffect(() => repos.segments.watchByDocument(documentId, (segments) => setWatched({ documentId, list: segments.sort(byPosition) })), [repos, documentId]);
  return watched?.documentId === documentId ? watched : undefined;
}
