import { invertChanges, type ChangeSet } from '../../../shared/coding/changeSet';
import { commitStep, StaleStepError, stepTables, stillAs } from './changeWriter';
import type { SparbarDatabase } from './db';
import type { RepositoryDeps } from './deps';

/**
 * Undo and redo of a step: its records are written back as they were (or forward as they became), in
 * one transaction, after checking that nothing has changed them since. Both are logged.
 */
export function createHistoryRepo(db: SparbarDatabase, deps: RepositoryDeps) {
  async function replay(step: ChangeSet, direction: 'undo' | 'redo'): Promise<void> {
    await db.transaction('rw', stepTables(db, step.changes), async () => {
      const changes = direction === 'undo' ? invertChanges(step.changes) : step.changes;
      if (!(await stillAs(db, changes))) throw new StaleStepError();
      await commitStep(db, deps, { evaluationId: step.evaluationId, action: direction, of: step.action, summary: step.summary, changes });
    });
  }
  return {
    undo: (step: ChangeSet) => replay(step, 'undo'),
    redo: (step: ChangeSet) => replay(step, 'redo'),
  };
}

export type HistoryRepo = ReturnType<typeof createHistoryRepo>;
