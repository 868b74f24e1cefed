import type { ChangeSet, RecordChange } from '../../../shared/coding/changeSet';
import type { MergeWrites } from '../../../shared/exchange/merge';
import type { StoredRecord } from '../../../shared/migrations';
import { commitStep, StaleStepError, stepTables, stillAs } from './changeWriter';
import type { SparbarDatabase } from './db';
import { originalBlobs } from './evaluationFilesRepo';
import type { RepositoryDeps } from './deps';

/** The step's changes for one table's added records (their key: `id`, or `documentId` for texts and originals). */
function addedChanges(table: RecordChange['table'], records: readonly StoredRecord[], key: 'id' | 'documentId' = 'id'): RecordChange[] {
  // The records were checked when the file was opened (recordShapes.ts) and made mine by the merge rule.
  return records.map((record) => ({ table, id: String(record[key]), before: null, after: record }) as unknown as RecordChange);
}

/** Every record a merge writes as one step's changes: projects and codes before what refers to them. */
export function mergeChanges(writes: MergeWrites): RecordChange[] {
  const { added } = writes;
  return [
    ...addedChanges('projects', added.projects),
    ...addedChanges('codes', added.codes),
    ...addedChanges('documents', added.documents),
    ...addedChanges('documentTexts', added.documentTexts, 'documentId'),
    ...addedChanges('originals', originalBlobs(added.documents, added.originals), 'documentId'),
    ...addedChanges('segments', added.segments),
    ...addedChanges('judgements', added.judgements),
    ...addedChanges('findings', added.findings),
    ...addedChanges('recommendations', added.recommendations),
    ...writes.changed.map(({ table, before, after }) => ({ table, id: String(before.id), before, after }) as unknown as RecordChange),
  ];
}

/** A colleague's evaluation merged into mine (the rule: shared/exchange/merge), written as one undoable step. */
export function createMergeRepo(db: SparbarDatabase, deps: RepositoryDeps) {
  return {
    /**
     * Writes what `applyMerge` gives in one transaction with its one line in the audit log (`mergeFile`,
     * the summary naming the file), and returns the step: undo removes exactly the records added and
     * puts back the records changed. Refused (StaleStepError, nothing written) when a record changed or
     * was added since the merge was planned. Null when the merge writes nothing.
     */
    async write(writes: MergeWrites, summary: string): Promise<ChangeSet | null> {
      const changes = mergeChanges(writes);
      return db.transaction('rw', [db.evaluations, ...stepTables(db, changes)], async () => {
        if (!(await db.evaluations.get(writes.evaluationId))) throw new Error(`No evaluation ${writes.evaluationId}`);
        if (!(await stillAs(db, changes))) throw new StaleStepError();
        return commitStep(db, deps, { evaluationId: writes.evaluationId, action: 'mergeFile', summary, changes });
      });
    },
  };
}

export type MergeRepo = ReturnType<typeof createMergeRepo>;
