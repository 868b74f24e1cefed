import type { Id, SourceDocument } from '../../../shared/domain';
import type { Repositories } from '../dexie/repositories';
import { useStoreQuery } from './useStoreQuery';

/** A document with its text model: null when there is none, undefined while loading. */
export function useDocumentWithText(repos: Repositories, documentId: Id): SourceDocument | null | undefined {
  return useStoreQuery(async () => (await repos.documents.getWithText(documentId)) ?? null, [documentId, repos]);
}
