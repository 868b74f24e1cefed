import type { Id } from '../../../shared/domain';
import type { DocumentRecord } from '../dexie/documentsRepo';
import type { Repositories } from '../dexie/repositories';
import { useStoreQuery } from './useStoreQuery';

/** A project's documents in their current versions (undefined while loading). */
export function useProjectDocuments(repos: Repositories, evaluationId: Id, projectId: Id): DocumentRecord[] | undefined {
  return useStoreQuery(
    async () => (await repos.documents.list(evaluationId)).filter((document) => document.projectId === projectId),
    [evaluationId, projectId, repos],
  );
}
