import type { Id, Segment } from '../../../shared/domain';
import type { SparbarDatabase } from './db';
import { watchSegments } from './segmentsWatch';

/** Reading segments; every write goes through the coding repository, as an undoable step. */
export function createSegmentsRepo(db: SparbarDatabase) {
  return {
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
