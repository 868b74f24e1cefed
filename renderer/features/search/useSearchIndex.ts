import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { SearchDocument } from '../../../shared/text/search/searchTypes';
import { useServices } from '../../services/AppContext';
import { useDocuments, type DocumentRecord } from '../../store';
import { searchClientFor, type DocumentLoader, type IndexStatus, type SearchClient } from './searchClient';

export interface SearchIndexState {
  client: SearchClient;
  status: IndexStatus;
  /** The evaluation's current documents (undefined while loading). */
  documents: DocumentRecord[] | undefined;
}

/**
 * The evaluation's search index, kept in step with the database: the list of current documents is watched
 * (an import adds one, a new version replaces one, a deletion removes one) and only what changed is sent
 * to the worker, each document's text loaded when it is added.
 */
export function useSearchIndex(evaluationId: string): SearchIndexState {
  const { repos } = useServices();
  const client = useMemo(() => searchClientFor(evaluationId), [evaluationId]);
  const documents = useDocuments(repos, evaluationId);
  const loader = useMemo<DocumentLoader>(
    () => async (documentId) => {
      const document = await repos.documents.getWithText(documentId);
      if (!document || document.supersededBy !== null || document.evaluationId !== evaluationId) return null;
      const result: SearchDocument = {
        id: document.id,
        text: document.text,
        blocks: document.blocks.map((block) => ({ id: block.id, start: block.start, end: block.end, page: block.page, ...(block.running ? { running: block.running } : {}) })),
      };
      return result;
    },
    [repos, evaluationId],
  );
  useEffect(() => {
    if (documents) client.sync(documents.map((document) => document.id), loader);
  }, [client, documents, loader]);
  const status = useSyncExternalStore(client.subscribe, client.getStatus);
  return { client, status, documents };
}
