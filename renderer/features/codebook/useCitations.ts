import type { Id, Project, Segment } from '../../../shared/domain';
import { useServices } from '../../services/AppContext';
import { useStoreQuery, type DocumentRecord } from '../../store';
import { quotePage } from '../../../shared/report/model/citation';

/** What a list of quotes needs to cite them: projects and documents by id, and each quote's page. */
export interface Citations {
  projects: ReadonlyMap<Id, Project>;
  documents: ReadonlyMap<Id, DocumentRecord>;
}

/** The projects of an evaluation and the documents (any version) that the segments are in. */
export function useCitations(evaluationId: Id, segments: readonly Segment[] | undefined): Citations | undefined {
  const { repos } = useServices();
  const documentIds = segments ? [...new Set(segments.map((segment) => segment.documentId))].sort() : null;
  const key = documentIds?.join('\u0000') ?? null;
  return useStoreQuery(async () => {
    if (key === null) return undefined;
    const ids = key === '' ? [] : key.split('\u0000');
    const [projects, documents] = await Promise.all([repos.projects.list(evaluationId), Promise.all(ids.map((id) => repos.documents.get(id)))]);
    return {
      projects: new Map(projects.map((project) => [project.id, project])),
      documents: new Map(documents.filter((d): d is DocumentRecord => d !== undefined).map((d) => [d.id, d])),
    };
  }, [evaluationId, key, repos]);
}

/**
 * The page of each segment (by segment id) where its document has pages. Documents are read one at a
 * time and only their blocks are kept, so a long list of quotes never holds every text at once.
 */
export function usePages(segments: readonly Segment[] | undefined): ReadonlyMap<Id, string> | undefined {
  const { repos } = useServices();
  const key = segments ? segments.map((segment) => `${segment.id}\u0001${segment.documentId}\u0001${segment.position.start}`).sort().join('\u0000') : null;
  return useStoreQuery(async () => {
    if (key === null) return undefined;
    const byDocument = new Map<Id, { id: Id; start: number }[]>();
    for (const item of key === '' ? [] : key.split('\u0000')) {
      const [id, documentId, start] = item.split('\u0001') as [string, string, string];
      const list = byDocument.get(documentId) ?? [];
      list.push({ id, start: Number(start) });
      byDocument.set(documentId, list);
    }
    const pages = new Map<Id, string>();
    for (const [documentId, list] of byDocument) {
      // Only documents with pages are worth reading in full.
      if (((await repos.documents.get(documentId))?.pageCount ?? null) === null) continue;
      const document = await repos.documents.getWithText(documentId);
      if (!document) continue;
      for (const { id, start } of list) {
        const page = quotePage(document.blocks, { start });
        if (page !== null) pages.set(id, page);
      }
    }
    return pages;
  }, [key, repos]);
}
