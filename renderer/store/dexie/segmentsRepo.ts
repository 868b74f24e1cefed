import type { Id, Segment } from '../../../shared/domain';
import type { SparbarDatabase } from './db';
import type { RepositoryDeps } from './deps';
import { createReportMarksWrite } from './reportMarksWrite';
import { watchSegments } from './segmentsWatch';

/**
 * Reading segments, and marking them for the report; every other write goes through the coding
 * repository. Every write is an undoable step.
 */
export function createSegmentsRepo(db: SparbarDatabase, deps: RepositoryDeps) {
  return {
    /**
     * Marks passages "I rapporten" (`inReport`) and their memos "Notat i rapporten" (`memoInReport`, only
     * for a passage with a memo); a mark left out is left as it is. One undoable step (`markForReport`).
     */
    setReportMarks: createReportMarksWrite(db, deps),

    async listByDocument(documentId: Id): Promise<Segment[]> {
      const segments = await db.segments.where('documentId').equals(documentId).toArray();
      return segments.sort((a, b) => a.position.start - b.position.start || a.position.end - b.position.end);
    },

    /** The segments of these documents (any order). */
    listByDocuments(documentIds: readonly Id[]): Promise<Segment[]> {
      return documentIds.length === 0 ? Promise.resolve([]) : db.segments.where('documentId').anyOf([...documentIds]).toArray();
    },

    listByEvaluation(evaluationId: Id): Promise<Segment[]> {
      return db.segments.where('evaluationId').equals(evaluationId).toArray();
    },

    /** A document's segments, kept in step (see watchSegments; any order); returns the function that stops. */
    watchByDocument(documentId: Id, listener: (segments: Segment[]) => void): () => void {
      return watchSegments(db, { index: 'documentId', value: documentId }, listener);
    },

    /** Every segment of an evaluation, kept in step (see watchSegments); returns the function that stops. */
    watchByEvaluation(evaluationId: Id, listener: (segments: Segment[]) => void): () => void {
      return watchSegments(db, { index: 'evaluationId', value: evaluationId }, listener);
    },

    /** The segments of these ids that exist, in the order asked. */
    async getMany(ids: readonly Id[]): Promise<Segment[]> {
      return (await db.segments.bulkGet([...ids])).filter((segment): segment is Segment => segment !== undefined);
    },
  };
}

export type SegmentsRepo = ReturnType<typeof createSegmentsRepo>;
