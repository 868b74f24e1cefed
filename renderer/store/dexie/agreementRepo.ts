import type { AgreementRun, DocumentText, Id, Segment } from '../../../shared/domain';
import type { ChangeSet } from '../../../shared/coding/changeSet';
import { resolveDisagreement, type Resolution } from '../../../shared/coding/resolveDisagreement';
import { codeQuoteSummary } from '../../../shared/coding/stepSummary';
import { coderName, commitStep, stepTables } from './changeWriter';
import { readText } from './documentTextStore';
import type { SparbarDatabase } from './db';
import type { RepositoryDeps } from './deps';
import { codersOf, currentDocumentIds, documentsCodedBy } from '../../../shared/analysis/agreement/agreementChoice';

/** What the agreement screen reads of an evaluation: its passages, the texts of the documents they are in, and the kept measurements. */
export interface AgreementData {
  segments: Segment[];
  texts: DocumentText[];
  runs: AgreementRun[];
}

/** A disagreement as the screen names it for resolution: the document, the code, and the coded spans it covers. */
export interface DisagreementRef {
  documentId: Id;
  codeId: Id;
  spans: readonly (readonly [number, number])[];
}

/**
 * Inter-coder agreement's reads and writes: resolving a disagreement into the shared coding
 * (shared/coding/resolveDisagreement.ts) and keeping a measurement, each one undoable step with its line
 * in the audit log.
 */
export function createAgreementRepo(db: SparbarDatabase, deps: RepositoryDeps) {
  return {
    /** The evaluation's passages, the texts of the current documents that have passages by two or more coders, and its kept measurements (newest first). */
    async data(evaluationId: Id): Promise<AgreementData> {
      return db.transaction('r', [db.segments, db.documents, db.documentTextPieces, db.agreementRuns], async () => {
        const segments = await db.segments.where('evaluationId').equals(evaluationId).toArray();
        const current = currentDocumentIds(await db.documents.where('evaluationId').equals(evaluationId).toArray());
        const compared = [...documentsCodedBy(segments, codersOf(segments)).keys()].filter((id) => current.has(id));
        const texts = (await Promise.all(compared.map((id) => readText(db, id)))).filter((t): t is DocumentText => t !== undefined);
        const runs = (await db.agreementRuns.where('evaluationId').equals(evaluationId).toArray()).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
        return { segments, texts, runs };
      });
    },

    /** Resolves a disagreement on a code: the shared coding keeps the code on its spans, or drops it there. */
    async resolve(evaluationId: Id, disagreement: DisagreementRef, resolution: Resolution): Promise<ChangeSet | null> {
      return db.transaction('rw', [db.documents, db.documentTextPieces, db.projects, ...stepTables(db)], async () => {
        const document = await db.documents.get(disagreement.documentId);
        const code = await db.codes.get(disagreement.codeId);
        if (!document || document.evaluationId !== evaluationId) throw new Error(`No document ${disagreement.documentId} in this evaluation`);
        if (!code || code.evaluationId !== evaluationId) throw new Error(`No code ${disagreement.codeId} in this evaluation`);
        const text = (await readText(db, document.id))?.text;
        if (text === undefined) throw new Error(`No text for document ${document.id}`);
        const shared = (await db.segments.where('documentId').equals(document.id).toArray()).filter((s) => s.consensus === true);
        const projects = document.projectId === null ? await db.projects.where('evaluationId').equals(evaluationId).toArray() : [];
        const coder = await coderName(db);
        const changes = resolveDisagreement({ document, projects, text, spans: disagreement.spans, codeId: code.id, resolution, shared, coder, now: deps.now(), newId: deps.newId });
        const first = disagreement.spans[0];
        // The code's Swedish label marked kept (✓) or dropped (✗): no words of a language in the log.
        const summary = codeQuoteSummary(`${code.labelSv} ${resolution === 'keep' ? '✓' : '✗'}`, first ? text.slice(first[0], first[1]) : '');
        return commitStep(db, deps, { evaluationId, action: 'resolveDisagreement', summary, changes, coder });
      });
    },

    /** Keeps a measurement (its figures before and after resolution) for the report's method section. */
    async saveRun(run: Omit<AgreementRun, 'id' | 'createdAt'>): Promise<ChangeSet | null> {
      return db.transaction('rw', stepTables(db), async () => {
        const record: AgreementRun = { ...run, id: deps.newId(), createdAt: deps.now() };
        return commitStep(db, deps, { evaluationId: run.evaluationId, action: 'saveAgreementRun', summary: `${run.unit}: ${run.coders.join(', ')}`, changes: [{ table: 'agreementRuns', id: record.id, before: null, after: record }] });
      });
    },
  };
}

export type AgreementRepo = ReturnType<typeof createAgreementRepo>;
