import type { ChangeSet, RecordChange } from '../../../shared/coding/changeSet';
import { editFinding, findingFieldsOf, linkFinding, moveInGroup, newFinding, type FindingFields, type FindingLink } from '../../../shared/coding/findingEdit';
import { editRecommendation, newRecommendation, recommendationFieldsOf, type RecommendationFields } from '../../../shared/coding/recommendationEdit';
import type { AuditAction, Finding, Id, Recommendation } from '../../../shared/domain';
import { commitStep, stepTables, type Saved } from './changeWriter';
import type { SparbarDatabase } from './db';
import type { RepositoryDeps } from './deps';
import { formChanges, type FormEdit } from '../../../shared/domain/formChanges';

/** A new finding's links, all optional. */
export interface FindingLinks {
  judgementIds?: Id[];
  segmentIds?: Id[];
  dataCodingIds?: Id[];
}

/**
 * Stores the report's findings and recommendations (the rules are in shared/coding/findingEdit.ts and
 * recommendationEdit.ts). Each change is one transaction and one undoable step with its line in the audit
 * log; it returns the step (null when nothing changed).
 */
export function createFindingsRepo(db: SparbarDatabase, deps: RepositoryDeps) {
  const inStep = <T>(work: () => Promise<T>) => db.transaction('rw', [db.evaluations, ...stepTables(db)], work);
  const step = (evaluationId: Id, action: AuditAction, summary: string, changes: RecordChange[]) => commitStep(db, deps, { evaluationId, action, summary, changes });

  async function finding(id: Id): Promise<Finding> {
    const found = await db.findings.get(id);
    if (!found) throw new Error(`No finding ${id}`);
    return found;
  }

  async function recommendation(id: Id): Promise<Recommendation> {
    const found = await db.recommendations.get(id);
    if (!found) throw new Error(`No recommendation ${id}`);
    return found;
  }

  const findingsOf = (evaluationId: Id) => db.findings.where('evaluationId').equals(evaluationId).toArray();
  const recommendationsOf = (evaluationId: Id) => db.recommendations.where('evaluationId').equals(evaluationId).toArray();

  async function checkLink(evaluationId: Id, link: FindingLink): Promise<void> {
    const record = link.kind === 'judgement' ? await db.judgements.get(link.id) : link.kind === 'segment' ? await db.segments.get(link.id) : await db.dataCodings.get(link.id);
    if (!record || record.evaluationId !== evaluationId) throw new Error(`No ${link.kind} ${link.id} in this evaluation`);
  }

  async function checkFindings(evaluationId: Id, ids: readonly Id[]): Promise<void> {
    for (const id of ids) if ((await finding(id)).evaluationId !== evaluationId) throw new Error(`No finding ${id} in this evaluation`);
  }

  return {
    /** Every finding of an evaluation. */
    list(evaluationId: Id): Promise<Finding[]> {
      return findingsOf(evaluationId);
    },

    /** Every recommendation of an evaluation. */
    recommendations(evaluationId: Id): Promise<Recommendation[]> {
      return recommendationsOf(evaluationId);
    },

    /** Writes a new finding, last in its section, with its links. */
    add(evaluationId: Id, fields: FindingFields, links: FindingLinks = {}): Promise<ChangeSet | null> {
      return inStep(async () => {
        if (!(await db.evaluations.get(evaluationId))) throw new Error(`No evaluation ${evaluationId}`);
        for (const id of links.judgementIds ?? []) await checkLink(evaluationId, { kind: 'judgement', id });
        for (const id of links.segmentIds ?? []) await checkLink(evaluationId, { kind: 'segment', id });
        for (const id of links.dataCodingIds ?? []) await checkLink(evaluationId, { kind: 'dataCoding', id });
        const after = newFinding({ ...fields, ...links, id: deps.newId(), evaluationId, now: deps.now() }, await findingsOf(evaluationId));
        return step(evaluationId, 'addFinding', after.title, [{ table: 'findings', id: after.id, before: null, after }]);
      });
    },

    /** Changes a finding's title, text or section. */
    edit(id: Id, fields: FindingFields): Promise<ChangeSet | null> {
      return inStep(async () => {
        const before = await finding(id);
        const after = editFinding(before, fields, await findingsOf(before.evaluationId), deps.now());
        return after && step(before.evaluationId, 'editFinding', after.title, [{ table: 'findings', id, before, after }]);
      });
    },

    /**
     * Saves what a form changed of a finding (see formChanges): only those fields, as one step. A field also
     * changed elsewhere since the form opened writes nothing and comes back as a conflict.
     */
    editFields(id: Id, edit: FormEdit<FindingFields>): Promise<Saved<FindingFields>> {
      return inStep(async () => {
        const before = await finding(id);
        const { patch, conflicts } = formChanges(edit.base, edit.edited, findingFieldsOf(before));
        if (conflicts.length > 0) return { step: null, conflicts };
        const after = editFinding(before, { ...findingFieldsOf(before), ...patch }, await findingsOf(before.evaluationId), deps.now());
        return { step: after && (await step(before.evaluationId, 'editFinding', after.title, [{ table: 'findings', id, before, after }])), conflicts: [] };
      });
    },

    /** Links (or unlinks) a judgement, passage or table coding to a finding. */
    link(id: Id, link: FindingLink, linked: boolean): Promise<ChangeSet | null> {
      return inStep(async () => {
        const before = await finding(id);
        if (linked) await checkLink(before.evaluationId, link);
        const after = linkFinding(before, link, linked, deps.now());
        return after && step(before.evaluationId, 'linkFinding', after.title, [{ table: 'findings', id, before, after }]);
      });
    },

    /** Moves a finding up (-1) or down (+1) within its section. */
    move(id: Id, direction: -1 | 1): Promise<ChangeSet | null> {
      return inStep(async () => {
        const moved = await finding(id);
        const group = (await findingsOf(moved.evaluationId)).filter((f) => f.section === moved.section);
        const changes = moveInGroup(group, id, direction, deps.now()).map((after): RecordChange => ({ table: 'findings', id: after.id, before: group.find((f) => f.id === after.id) ?? null, after }));
        return changes.length === 0 ? null : step(moved.evaluationId, 'moveFinding', moved.title, changes);
      });
    },

    /** Deletes a finding; recommendations lose their tie to it (and are kept), in the same step. */
    remove(id: Id): Promise<ChangeSet | null> {
      return inStep(async () => {
        const before = await finding(id);
        return step(before.evaluationId, 'deleteFinding', before.title, [{ table: 'findings', id, before, after: null }]);
      });
    },

    /** Writes a new recommendation, last, tied to at least one finding of the evaluation. */
    addRecommendation(evaluationId: Id, fields: RecommendationFields): Promise<ChangeSet | null> {
      return inStep(async () => {
        await checkFindings(evaluationId, fields.findingIds);
        const after = newRecommendation({ ...fields, id: deps.newId(), evaluationId, now: deps.now() }, await recommendationsOf(evaluationId));
        return step(evaluationId, 'addRecommendation', after.title, [{ table: 'recommendations', id: after.id, before: null, after }]);
      });
    },

    /** Changes a recommendation's title, text or findings. */
    editRecommendation(id: Id, fields: RecommendationFields): Promise<ChangeSet | null> {
      return inStep(async () => {
        const before = await recommendation(id);
        await checkFindings(before.evaluationId, fields.findingIds);
        const after = editRecommendation(before, fields, deps.now());
        return after && step(before.evaluationId, 'editRecommendation', after.title, [{ table: 'recommendations', id, before, after }]);
      });
    },

    /** Saves what a form changed of a recommendation, or returns the conflicts (as editFields). */
    editRecommendationFields(id: Id, edit: FormEdit<RecommendationFields>): Promise<Saved<RecommendationFields>> {
      return inStep(async () => {
        const before = await recommendation(id);
        const { patch, conflicts } = formChanges(edit.base, edit.edited, recommendationFieldsOf(before));
        if (conflicts.length > 0) return { step: null, conflicts };
        const fields = { ...recommendationFieldsOf(before), ...patch };
        await checkFindings(before.evaluationId, fields.findingIds);
        const after = editRecommendation(before, fields, deps.now());
        return { step: after && (await step(before.evaluationId, 'editRecommendation', after.title, [{ table: 'recommendations', id, before, after }])), conflicts: [] };
      });
    },

    /** Moves a recommendation up (-1) or down (+1). */
    moveRecommendation(id: Id, direction: -1 | 1): Promise<ChangeSet | null> {
      return inStep(async () => {
        const moved = await recommendation(id);
        const group = await recommendationsOf(moved.evaluationId);
        const changes = moveInGroup(group, id, direction, deps.now()).map((after): RecordChange => ({ table: 'recommendations', id: after.id, before: group.find((r) => r.id === after.id) ?? null, after }));
        return changes.length === 0 ? null : step(moved.evaluationId, 'moveRecommendation', moved.title, changes);
      });
    },

    /** Deletes a recommendation. */
    removeRecommendation(id: Id): Promise<ChangeSet | null> {
      return inStep(async () => {
        const before = await recommendation(id);
        return step(before.evaluationId, 'deleteRecommendation', before.title, [{ table: 'recommendations', id, before, after: null }]);
      });
    },
  };
}

export type FindingsRepo = ReturnType<typeof createFindingsRepo>;
