import type { Code, Id } from '../../../shared/domain';
import type { SparbarDatabase } from './db';

export function createCodesRepo(db: SparbarDatabase, rank: (frameworkId: string | null) => number = () => 0) {
  return {
    /** The evaluation's codebook: framework by framework (in `rank` order), each in its own order. */
    async list(evaluationId: Id): Promise<Code[]> {
      const codes = await db.codes.where('evaluationId').equals(evaluationId).toArray();
      return codes.sort((a, b) => rank(a.frameworkId) - rank(b.frameworkId) || (a.frameworkId ?? '').localeCompare(b.frameworkId ?? '') || a.order - b.order);
    },
  };
}

export type CodesRepo = ReturnType<typeof createCodesRepo>;
