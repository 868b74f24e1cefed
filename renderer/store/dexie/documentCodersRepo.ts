import { coderWork, type CoderWorkRow } from '../../../shared/analysis/coderWork';
import type { ChangeSet, RecordChange } from '../../../shared/coding/changeSet';
import { coderList, withCoders, type CoderAssignment } from '../../../shared/coding/documentCoders';
import type { Id } from '../../../shared/domain';
import { commitStep, stepTables } from './changeWriter';
import type { DocumentRecord, SparbarDatabase } from './db';
import type { RepositoryDeps } from './deps';
import { excerpt } from '../../../shared/coding/stepSummary';

/** At most this many characters of titles in the log's summary of one assignment. */
const SUMMARY_CHARS = 160;

/** Documents assigned to coders (a team sharing the work), and who has coded what. */
export function createDocumentCodersRepo(db: SparbarDatabase, deps: RepositoryDeps) {
  return {
    /**
     * Assigns documents of one evaluation to coders (`withCoders`: the list set, or names added or taken
     * away), one undoable step (`assignCoders`) whose summary names the coders and the documents. Null when
     * nothing changed.
     */
    async assign(documentIds: readonly Id[], names: readonly string[], how: CoderAssignment): Promise<ChangeSet | null> {
      return db.transaction('rw', stepTables(db), async () => {
        const documents = (await db.documents.bulkGet([...documentIds])).filter((d): d is DocumentRecord => d !== undefined);
        const [first] = documents;
        if (!first) return null;
        if (documents.some((d) => d.evaluationId !== first.evaluationId)) throw new Error('Documents of several evaluations');
        const changes: RecordChange[] = documents.map((document) => ({ table: 'documents', id: document.id, before: document, after: withCoders(document, names, how) }));
        const titles = documents.map((d) => d.title || d.fileName).join(', ');
        const summary = `${coderList(names).join(', ')}: ${excerpt(titles, SUMMARY_CHARS)}`;
        return commitStep(db, deps, { evaluationId: first.evaluationId, action: 'assignCoders', summary, changes });
      });
    },

    /** Per coder: documents assigned, documents coded and passages coded in the evaluation's current documents. */
    async work(evaluationId: Id): Promise<CoderWorkRow[]> {
      return db.transaction('r', [db.documents, db.segments], async () => {
        const documents = (await db.documents.where('evaluationId').equals(evaluationId).toArray()).filter((d) => d.supersededBy === null);
        return coderWork(documents, await db.segments.where('evaluationId').equals(evaluationId).toArray());
      });
    },
  };
}

export type DocumentCodersRepo = ReturnType<typeof createDocumentCodersRepo>;
