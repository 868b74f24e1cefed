import { countedOnce } from '../../../shared/analysis/countedOnce';
import type { Code, DataCoding, Id, Segment } from '../../../shared/domain';
import type { DocumentRecord } from '../dexie/documentsRepo';
import type { Repositories } from '../dexie/repositories';
import { useStoreQuery } from './useStoreQuery';

/** What a project's evidence per framework is read from (see `projectEvidence` in shared/analysis). */
export interface ProjectEvidenceSources {
  codes: Code[];
  /** The project's passages, in any version of its documents and in programme documents, twins counted once. */
  segments: Segment[];
  /** The project's coded table rows and cells. */
  codings: DataCoding[];
  /** The project's documents in their current versions, and programme documents with passages about it, newest first. */
  documents: DocumentRecord[];
}

/** The evaluation's codebook with one project's coded passages, coded table data and documents, kept live; undefined while loading. */
export function useProjectEvidence(repos: Repositories, evaluationId: Id, projectId: Id): ProjectEvidenceSources | undefined {
  return useStoreQuery(async () => {
    const [codes, segments, codings, documents] = await Promise.all([
      repos.codes.list(evaluationId),
      repos.segments.listByEvaluation(evaluationId),
      repos.datasets.codingsOfEvaluation(evaluationId),
      repos.documents.list(evaluationId),
    ]);
    // The project's passages, each counted once where its document has a twin; programme documents
    // join the project's own where passages in them are about the project.
    const own = countedOnce(segments, documents).filter((segment) => segment.projectId === projectId);
    const inDocuments = new Set(own.map((segment) => segment.documentId));
    return {
      codes,
      segments: own,
      codings: codings.filter((coding) => coding.projectId === projectId),
      documents: documents.filter((document) => document.projectId === projectId || (document.projectId === null && inDocuments.has(document.id))),
    };
  }, [evaluationId, projectId, repos]);
}
