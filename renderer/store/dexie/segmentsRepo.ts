import type { Id, Segment } from '../../../shared/domain';
import type { SparbarDatabase } from './db';

/** Reading segments; every write goes through the coding repository, as an undoable step. */
export function createSegmentsRepo(db: SparbarDatabase) {
  return {
    async listByDocument(documentId: Id): Promise<Segment[]> {
      const segments = await db.segments.where('documentId').equals(documentId).toArray();
      return segments.sort((a, b) => a.position.start - b.position.start || a.position.end - b.position.end);
    },

    listByEvaluation(evaluationId: Id): Promise<Segment[]> {
      return db.segments.where('evaluationId').equals(evaluationId).toArray();
    },
  };
}

export type SegmentsRepo = ReturnType<typeof createSegmentsRepo>;
