import type { Code, Id } from '../../shared/domain';
import type { SparbarDatabase } from './db';

export function createCodesRepo(db: SparbarDatabase) {
  return {
    /** The evaluation's codebook in framework order. */
    async list(evaluationId: Id): Promise<Code[]> {
      const codes = await db.codes.where('evaluationId').equals(evaluationId).toArray();
      return codes.sort((a, b) => a.order - b.order);
    },
  };
}

export type CodesRepo = ReturnType<typeof createCodesRepo>;
