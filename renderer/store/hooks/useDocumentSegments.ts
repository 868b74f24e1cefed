import type { Id, Segment } from '../../../shared/domain';
import type { Repositories } from '../dexie/repositories';
import { useStoreQuery } from './useStoreQuery';

/** A document's coded passages, with the document they were read for (undefined while loading). */
export interface DocumentSegments {
  documentId: Id;
  list: Segment[];
}

export function useDocumentSegments(repos: Repositories, documentId: Id): DocumentSegments | undefined {
  return useStoreQuery(async () => ({ documentId, list: await repos.segments.listByDocument(documentId) }), [documentId, repos]);
}
