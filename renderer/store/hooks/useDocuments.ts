import type { Id } from '../../../shared/domain';
import type { DocumentRecord } from '../dexie/documentsRepo';
import type { Repositories } from '../dexie/repositories';
import { useStoreQuery } from './useStoreQuery';

/** The evaluation's documents in their current versions (undefined while loading). */
export function useDocuments(repos: Repositories, evaluationId: Id): DocumentRecord[] | undefined {
  return useStoreQuery(() => repos.documents.list(evaluationId), [evaluationId, repos]);
}
