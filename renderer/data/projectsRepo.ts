import type { Id, Project, ProjectInput } from '../../shared/domain';
import type { SparbarDatabase } from './db';
import type { RepositoryDeps } from './deps';

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

    async update(id: Id, input: ProjectInput): Promise<void> {
      const changed = await db.projects.update(id, { ...input, updatedAt: deps.now() });
      if (changed === 0) throw new Error(`No project ${id}`);
    },

    async contents(id: Id): Promise<ProjectContents> {
      const [documents, segments] = await Promise.all([
        db.documents.where('projectId').equals(id).count(),
        db.segments.where('projectId').equals(id).count(),
      ]);
      return { documents, segments };
    },

    /** Removes a project with its documents and their coded segments, in one transaction. */
    async remove(id: Id): Promise<void> {
      await db.transaction('rw', [db.projects, db.documents, db.documentTexts, db.originals, db.segments], async () => {
        const documentIds = (await db.documents.where('projectId').equals(id).primaryKeys()) as Id[];
        await db.documentTexts.bulkDelete(documentIds);
        await db.originals.bulkDelete(documentIds);
        await db.documents.bulkDelete(documentIds);
        await db.segments.where('projectId').equals(id).delete();
        await db.projects.delete(id);
      });
    },
  };
}

export type ProjectsRepo = ReturnType<typeof createProjectsRepo>;
