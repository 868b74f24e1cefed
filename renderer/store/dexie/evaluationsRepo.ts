import { Dexie } from 'dexie';
import { defaultReportSettings, defaultScales, type Evaluation, type EvaluationInput, type Id } from '../../../shared/domain';
import { codesFromFramework } from '../../../shared/coding/copyFramework';
import type { Framework } from '../../../shared/domain/framework';
import type { SparbarDatabase } from './db';
import type { FieldConflict, FormEdit } from '../../../shared/domain/formChanges';
import { writeFormEdit } from './formEditWrite';
import type { RepositoryDeps } from './deps';

/** What deleting an evaluation takes with it, for the confirmation. */
export interface EvaluationContents {
  projects: number;
  documents: number;
  segments: number;
  judgements: number;
  findings: number;
  recommendations: number;
}

export function createEvaluationsRepo(db: SparbarDatabase, deps: RepositoryDeps, frameworks: () => Framework[]) {
  return {
    /** All evaluations, most recently opened (or created) first. */
    async list(): Promise<Evaluation[]> {
      const all = await db.evaluations.toArray();
      return all.sort((a, b) => (b.lastOpenedAt ?? b.createdAt).localeCompare(a.lastOpenedAt ?? a.createdAt));
    },

    get(id: Id): Promise<Evaluation | undefined> {
      return db.evaluations.get(id);
    },

    /**
     * Creates an evaluation with its own copy of the chosen frameworks' codes (all default frameworks when
     * none are named), and its default rating scales and report settings, in one transaction.
     */
    async create(input: EvaluationInput, frameworkIds?: readonly string[]): Promise<Evaluation> {
      const now = deps.now();
      const evaluation: Evaluation = { ...input, id: deps.newId(), createdAt: now, updatedAt: now, lastOpenedAt: null };
      const chosen = frameworks().filter((framework) => frameworkIds === undefined || frameworkIds.includes(framework.id));
      const codes = chosen.flatMap((framework) => codesFromFramework(framework, evaluation.id, deps.newId, now));
      await db.transaction('rw', [db.evaluations, db.codes, db.ratingScales, db.reportSettings], async () => {
        await db.evaluations.add(evaluation);
        await db.ratingScales.bulkAdd(defaultScales(evaluation.id));
        await db.reportSettings.add(defaultReportSettings(evaluation.id, now));
        await db.codes.bulkAdd(codes);
      });
      return evaluation;
    },

    /** Saves the fields a form changed, or returns the conflicts and writes nothing (as projects.update). */
    async update(id: Id, edit: FormEdit<EvaluationInput>): Promise<FieldConflict<EvaluationInput>[]> {
      return db.transaction('rw', db.evaluations, () => writeFormEdit(db.evaluations, id, edit, deps.now(), 'evaluation'));
    },

    async rename(id: Id, title: string): Promise<void> {
      const trimmed = title.trim();
      if (trimmed === '') throw new Error('A title is required');
      const changed = await db.evaluations.update(id, { title: trimmed, updatedAt: deps.now() });
      if (changed === 0) throw new Error(`No evaluation ${id}`);
    },

    async markOpened(id: Id): Promise<void> {
      await db.evaluations.update(id, { lastOpenedAt: deps.now() });
    },

    async contents(id: Id): Promise<EvaluationContents> {
      const count = (table: { where: (index: string) => { equals: (value: Id) => { count: () => Promise<number> } } }) => table.where('evaluationId').equals(id).count();
      const [projects, documents, segments, judgements, findings, recommendations] = await Promise.all([
        count(db.projects),
        count(db.documents),
        count(db.segments),
        count(db.judgements),
        count(db.findings),
        count(db.recommendations),
      ]);
      return { projects, documents, segments, judgements, findings, recommendations };
    },

    /** Deletes an evaluation and everything in it, in one transaction. */
    async remove(id: Id): Promise<void> {
      const tables = [db.projects, db.documents, db.documentTextPieces, db.originals, db.codes, db.segments, db.datasets, db.datasetRowPieces, db.keyMatches, db.dataCodings, db.undoRecords, db.ratingScales, db.judgements, db.findings, db.recommendations, db.reportSettings, db.agreementRuns];
      await db.transaction('rw', [db.evaluations, db.auditLog, ...tables], async () => {
        for (const table of tables) {
          await table.where('evaluationId').equals(id).delete();
        }
        // The log quotes the material, so it goes with it.
        await db.auditLog.where('[evaluationId+at]').between([id, Dexie.minKey], [id, Dexie.maxKey]).delete();
        await db.evaluations.delete(id);
      });
    },
  };
}

export type EvaluationsRepo = ReturnType<typeof createEvaluationsRepo>;
