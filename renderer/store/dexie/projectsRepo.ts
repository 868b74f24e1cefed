import type { Id, Project, ProjectInput } from '../../../shared/domain';
import { dropJudgementLinks } from './judgementLinks';
import { deleteTexts } from './documentTextStore';
import { projectHasRows, unlinkProject } from './datasetRowStore';
import type { RegisterPlan } from '../../../shared/ingest/tables/register/registerImport';
import type { SparbarDatabase } from './db';
import type { FieldConflict, FormEdit } from '../../../shared/domain/formChanges';
import { writeFormEdit } from './formEditWrite';
import type { RepositoryDeps } from './deps';
import { excerpt } from '../../../shared/coding/stepSummary';
import { auditTables, logEvent } from './auditEvent';

export interface ProjectContents {
  documents: number;
  segments: number;
}

export function createProjectsRepo(db: SparbarDatabase, deps: RepositoryDeps) {
  return {
    /** The evaluation's projects by name (Swedish collation). */
    async list(evaluationId: Id): Promise<Project[]> {
      const projects = await db.projects.where('evaluationId').equals(evaluationId).toArray();
      return projects.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
    },

    get(id: Id): Promise<Project | undefined> {
      return db.projects.get(id);
    },

    async add(evaluationId: Id, input: ProjectInput): Promise<Project> {
      const now = deps.now();
      const project: Project = { ...input, id: deps.newId(), evaluationId, createdAt: now, updatedAt: now };
      await db.transaction('rw', db.evaluations, db.projects, async () => {
        if (!(await db.evaluations.get(evaluationId))) throw new Error(`No evaluation ${evaluationId}`);
        await db.projects.add(project);
        await db.evaluations.update(evaluationId, { updatedAt: now });
      });
      return project;
    },

    /**
     * Saves the fields a form changed (see formChanges): reads the project as stored now and writes only
     * those fields, in one transaction. A field also changed elsewhere since the form opened is not
     * written: nothing is, and the conflicts come back for the evaluator to decide.
     */
    async update(id: Id, edit: FormEdit<ProjectInput>): Promise<FieldConflict<ProjectInput>[]> {
      return db.transaction('rw', db.projects, () => writeFormEdit(db.projects, id, edit, deps.now(), 'project'));
    },

    async contents(id: Id): Promise<ProjectContents> {
      const [documents, segments] = await Promise.all([
        db.documents.where('projectId').equals(id).count(),
        db.segments.where('projectId').equals(id).count(),
      ]);
      return { documents, segments };
    },

    /**
     * Applies a planned register import in one transaction: creates the new projects and updates the
     * changed ones. Returns the id of an undo record that restores the register as it was.
     */
    async applyRegisterImport(evaluationId: Id, plan: RegisterPlan): Promise<{ undoId: Id; created: number; updated: number }> {
      const now = deps.now();
      const created: Project[] = plan.create.map(({ input }) => ({ ...input, id: deps.newId(), evaluationId, createdAt: now, updatedAt: now }));
      const undoId = deps.newId();
      await db.transaction('rw', [db.evaluations, db.projects, db.undoRecords, ...auditTables(db)], async () => {
        if (!(await db.evaluations.get(evaluationId))) throw new Error(`No evaluation ${evaluationId}`);
        const previous: Project[] = [];
        for (const { project, input } of plan.update) {
          const current = await db.projects.get(project.id);
          if (!current || current.evaluationId !== evaluationId) throw new Error(`No project ${project.id} in this evaluation`);
          previous.push(current);
          await db.projects.put({ ...current, ...input, updatedAt: now });
        }
        await db.projects.bulkAdd(created);
        await db.undoRecords.put({ id: undoId, evaluationId, kind: 'registerImport', createdAt: now, createdProjectIds: created.map((p) => p.id), previous });
        await db.evaluations.update(evaluationId, { updatedAt: now });
        await logEvent(db, deps, { evaluationId, action: 'importRegister', summary: excerpt([...created, ...previous].map((p) => p.name).join(', ')) });
      });
      return { undoId, created: created.length, updated: plan.update.length };
    },

    /**
     * Undoes a register import: removes the projects it created (only while nothing refers to them) and
     * puts the changed ones back as they were, in one transaction.
     */
    async undoRegisterImport(undoId: Id): Promise<void> {
      await db.transaction('rw', [db.projects, db.undoRecords, db.documents, db.datasetRowPieces, ...auditTables(db)], async () => {
        const record = await db.undoRecords.get(undoId);
        if (!record) throw new Error(`Nothing to undo (${undoId})`);
        for (const id of record.createdProjectIds) {
          const inUse = (await db.documents.where('projectId').equals(id).count()) > 0 || (await projectHasRows(db, id));
          if (inUse) throw new Error('A project created by the import is already in use');
        }
        const createdNames = (await db.projects.bulkGet(record.createdProjectIds)).flatMap((p) => (p ? [p.name] : []));
        await db.projects.bulkDelete(record.createdProjectIds);
        await db.projects.bulkPut(record.previous);
        await db.undoRecords.delete(undoId);
        await logEvent(db, deps, { evaluationId: record.evaluationId, action: 'undoRegisterImport', summary: excerpt([...createdNames, ...record.previous.map((p) => p.name)].join(', ')) });
      });
    },

    /** The newest register import that can still be undone, if any. */
    async lastRegisterImport(evaluationId: Id): Promise<{ id: Id; createdAt: string; created: number; updated: number } | null> {
      const records = await db.undoRecords.where('evaluationId').equals(evaluationId).toArray();
      const last = records.filter((r) => r.kind === 'registerImport').sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id))[0];
      return last ? { id: last.id, createdAt: last.createdAt, created: last.createdProjectIds.length, updated: last.previous.length } : null;
    },

    /** Removes a project with its documents and their coded segments, in one transaction. */
    async remove(id: Id): Promise<void> {
      await db.transaction('rw', [db.projects, db.documents, db.documentTextPieces, db.originals, db.segments, db.datasetRowPieces, db.dataCodings, db.judgements, db.findings, db.recommendations, ...auditTables(db)], async () => {
        // Judgements of the project go with it; other judgements lose their links to its passages.
        const segmentIds = new Set((await db.segments.where('projectId').equals(id).primaryKeys()) as Id[]);
        await dropJudgementLinks(db, { segmentIds, projectIds: new Set([id]) }, deps.now());
        // Table rows of the project stay in their datasets, unmatched.
        await unlinkProject(db, id);
        await db.dataCodings.where('projectId').equals(id).modify({ projectId: null });
        const documentIds = (await db.documents.where('projectId').equals(id).primaryKeys()) as Id[];
        await deleteTexts(db, documentIds);
        await db.originals.bulkDelete(documentIds);
        await db.documents.bulkDelete(documentIds);
        await db.segments.where('projectId').equals(id).delete();
        const project = await db.projects.get(id);
        await db.projects.delete(id);
        if (project) await logEvent(db, deps, { evaluationId: project.evaluationId, action: 'deleteProject', summary: project.name, segmentIds: [...segmentIds] });
      });
    },
  };
}

export type ProjectsRepo = ReturnType<typeof createProjectsRepo>;
