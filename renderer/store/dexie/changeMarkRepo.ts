import { Dexie } from 'dexie';
import type { Id } from '../../../shared/domain';
import { changeMark } from '../../../shared/exchange/backups';
import type { SparbarDatabase } from './db';

/** The evaluation's change mark (shared/exchange/backups/changeMark.ts), read in one transaction: what the backup schedule compares. */
export function createChangeMarkRepo(db: SparbarDatabase) {
  return {
    of(evaluationId: Id): Promise<string> {
      return db.transaction('r', [db.auditLog, db.evaluations, db.projects, db.documents, db.datasets], async () => {
        const newest = await db.auditLog.where('[evaluationId+at]').between([evaluationId, Dexie.minKey], [evaluationId, Dexie.maxKey]).last();
        const evaluation = await db.evaluations.get(evaluationId);
        return changeMark({
          latestAuditAt: newest?.at ?? null,
          evaluationUpdatedAt: evaluation?.updatedAt ?? null,
          records: {
            projects: await db.projects.where('evaluationId').equals(evaluationId).toArray(),
            documents: await db.documents.where('evaluationId').equals(evaluationId).toArray(),
            datasets: await db.datasets.where('evaluationId').equals(evaluationId).toArray(),
          },
        });
      });
    },
  };
}

export type ChangeMarkRepo = ReturnType<typeof createChangeMarkRepo>;
