import type { Id, Segment } from '../../shared/domain';
import { selectorsFor, trimRange } from '../../shared/text/selectors';
import type { SparbarDatabase } from './db';
import type { RepositoryDeps } from './deps';

export function createSegmentsRepo(db: SparbarDatabase, deps: RepositoryDeps) {
  return {
    async listByDocument(documentId: Id): Promise<Segment[]> {
      const segments = await db.segments.where('documentId').equals(documentId).toArray();
      return segments.sort((a, b) => a.position.start - b.position.start || a.position.end - b.position.end);
    },

    listByEvaluation(evaluationId: Id): Promise<Segment[]> {
      return db.segments.where('evaluationId').equals(evaluationId).toArray();
    },

    /**
     * Codes a passage of a document. The range is trimmed of white space; when a segment with exactly
     * that range exists, the code is added to it instead of creating a second one.
     */
    async code(documentId: Id, start: number, end: number, codeId: Id): Promise<Segment> {
      return db.transaction('rw', [db.documents, db.documentTexts, db.codes, db.segments], async () => {
        const [document, text, code] = await Promise.all([db.documents.get(documentId), db.documentTexts.get(documentId), db.codes.get(codeId)]);
        if (!document || !text) throw new Error(`No document ${documentId}`);
        if (!code || code.evaluationId !== document.evaluationId) throw new Error(`No code ${codeId} in this evaluation`);
        const range = trimRange(text.text, start, end);
        const { position, quote } = selectorsFor(text.text, range.start, range.end);
        const now = deps.now();
        const same = (await db.segments.where('documentId').equals(documentId).toArray()).find(
          (segment) => segment.position.start === position.start && segment.position.end === position.end,
        );
        if (same) {
          if (!same.codeIds.includes(codeId)) {
            same.codeIds = [...same.codeIds, codeId];
            same.updatedAt = now;
            await db.segments.put(same);
          }
          return same;
        }
        const segment: Segment = {
          id: deps.newId(),
          evaluationId: document.evaluationId,
          documentId,
          projectId: document.projectId,
          position,
          quote,
          codeIds: [codeId],
          memo: '',
          createdAt: now,
          updatedAt: now,
        };
        await db.segments.add(segment);
        return segment;
      });
    },

    /** Removes one code from a segment; a segment left with no code is removed with it. */
    async uncode(segmentId: Id, codeId: Id): Promise<void> {
      await db.transaction('rw', db.segments, async () => {
        const segment = await db.segments.get(segmentId);
        if (!segment) return;
        const codeIds = segment.codeIds.filter((id) => id !== codeId);
        if (codeIds.length === 0) await db.segments.delete(segmentId);
        else await db.segments.update(segmentId, { codeIds, updatedAt: deps.now() });
      });
    },
  };
}

export type SegmentsRepo = ReturnType<typeof createSegmentsRepo>;
