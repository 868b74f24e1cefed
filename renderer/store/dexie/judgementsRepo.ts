import type { ChangeSet } from '../../../shared/coding/changeSet';
import { linkEvidence, newJudgement, patchJudgement, sameSubject, type EvidenceRef, type JudgementPatch } from '../../../shared/coding/judgementEdit';
import { scaleFor, scaleId, type Code, type Id, type Judgement, type JudgementSubject, type RatingScale } from '../../../shared/domain';
import { saveScalePlan, scaleProblems } from '../../../shared/coding/scaleEdit';
import { coderName, commitStep, stepTables } from './changeWriter';
import type { SparbarDatabase } from './db';
import type { RepositoryDeps } from './deps';

/**
 * Stores the evaluator's judgements of criteria (the rules are in shared/coding/judgementEdit.ts). Each
 * change is one transaction and one undoable step with its line in the audit log; it returns the step
 * (null when nothing changed).
 */
export function createJudgementsRepo(db: SparbarDatabase, deps: RepositoryDeps) {
  async function criterion(evaluationId: Id, codeId: Id): Promise<Code> {
    const code = await db.codes.get(codeId);
    if (!code || code.evaluationId !== evaluationId) throw new Error(`No code ${codeId} in this evaluation`);
    return code;
  }

  async function checkSubject(evaluationId: Id, subject: JudgementSubject): Promise<string> {
    if (subject.kind === 'programme') return 'Programmet';
    const project = await db.projects.get(subject.projectId);
    if (!project || project.evaluationId !== evaluationId) throw new Error(`No project ${subject.projectId} in this evaluation`);
    return project.name;
  }

  /** The judgement of a criterion for a subject, as stored or new (not yet stored). */
  async function judgementOf(evaluationId: Id, subject: JudgementSubject, codeId: Id, coder: string, now: string): Promise<{ judgement: Judgement; stored: Judgement | null }> {
    const stored = (await db.judgements.where('criterionCodeId').equals(codeId).toArray()).find((j) => j.evaluationId === evaluationId && sameSubject(j.subject, subject)) ?? null;
    return { judgement: stored ?? newJudgement({ id: deps.newId(), evaluationId, subject, criterionCodeId: codeId, coder, now }), stored };
  }

  async function evidenceIn(evaluationId: Id, evidence: EvidenceRef): Promise<void> {
    const record = evidence.kind === 'segment' ? await db.segments.get(evidence.id) : await db.dataCodings.get(evidence.id);
    if (!record || record.evaluationId !== evaluationId) throw new Error(`No ${evidence.kind} ${evidence.id} in this evaluation`);
  }

  type Change = (judgement: Judgement, context: { coder: string; now: string; scale: RatingScale }) => Judgement | null;

  async function write(evaluationId: Id, subject: JudgementSubject, codeId: Id, change: Change, action: 'judgeCriterion' | 'linkEvidence'): Promise<ChangeSet | null> {
    return db.transaction('rw', [db.projects, db.ratingScales, ...stepTables(db)], async () => {
      const code = await criterion(evaluationId, codeId);
      const subjectName = await checkSubject(evaluationId, subject);
      const now = deps.now();
      const coder = await coderName(db);
      const { judgement, stored } = await judgementOf(evaluationId, subject, codeId, coder, now);
      const scales = await db.ratingScales.where('evaluationId').equals(evaluationId).toArray();
      const after = change(judgement, { coder, now, scale: scaleFor(scales, evaluationId, code.frameworkId ?? '') });
      if (after === null) return null;
      return commitStep(db, deps, { evaluationId, action, summary: `${code.labelSv} – ${subjectName}`, changes: [{ table: 'judgements', id: after.id, before: stored, after }] });
    });
  }

  return {
    /** Every judgement of an evaluation. */
    list(evaluationId: Id): Promise<Judgement[]> {
      return db.judgements.where('evaluationId').equals(evaluationId).toArray();
    },

    /** The evaluation's rating scales as stored. */
    scales(evaluationId: Id): Promise<RatingScale[]> {
      return db.ratingScales.where('evaluationId').equals(evaluationId).toArray();
    },

    /** Sets (or clears, with null) the rating, confidence or justification of a criterion for a subject. */
    judge(evaluationId: Id, subject: JudgementSubject, codeId: Id, patch: JudgementPatch): Promise<ChangeSet | null> {
      return write(evaluationId, subject, codeId, (judgement, { coder, now, scale }) => patchJudgement(judgement, patch, scale, now, coder), 'judgeCriterion');
    },

    /** Links (or unlinks) a coded passage or table row to the judgement of a criterion for a subject. */
    link(evaluationId: Id, subject: JudgementSubject, codeId: Id, evidence: EvidenceRef, linked: boolean): Promise<ChangeSet | null> {
      return db.transaction('rw', [db.projects, db.ratingScales, ...stepTables(db)], async () => {
        await evidenceIn(evaluationId, evidence);
        return write(evaluationId, subject, codeId, (judgement, { now }) => linkEvidence(judgement, evidence, linked, now), 'linkEvidence');
      });
    },

    /**
     * Replaces a framework's scale (its labels, order, colours and levels) in one undoable step. Its levels
     * need distinct, non-empty keys and labels in both languages; ratings already given keep their keys,
     * and judgements rated with a removed level get the level `moveRemovedTo` or become unrated (null),
     * in the same step (the rule is saveScalePlan in shared/coding/scaleEdit.ts).
     */
    async saveScale(scale: RatingScale, moveRemovedTo: string | null = null): Promise<ChangeSet | null> {
      const keys = scale.levels.map((level) => level.key);
      if (keys.length === 0 || new Set(keys).size !== keys.length || keys.some((key) => key.trim() === '')) throw new Error('A scale needs levels with distinct keys');
      if (scaleProblems(scale.levels).some((p) => p.kind !== 'tooFew')) throw new Error('Every level needs a label in Swedish and English, unique on the scale');
      if (scale.id !== scaleId(scale.evaluationId, scale.frameworkId)) throw new Error(`The scale of ${scale.frameworkId} has the id ${scaleId(scale.evaluationId, scale.frameworkId)}`);
      return db.transaction('rw', [db.evaluations, ...stepTables(db)], async () => {
        if (!(await db.evaluations.get(scale.evaluationId))) throw new Error(`No evaluation ${scale.evaluationId}`);
        const stored = (await db.ratingScales.get(scale.id)) ?? null;
        const before = stored ?? scaleFor([], scale.evaluationId, scale.frameworkId);
        const codes = await db.codes.where('evaluationId').equals(scale.evaluationId).toArray();
        const criteria = new Set(codes.filter((code) => code.frameworkId === scale.frameworkId).map((code) => code.id));
        const judgements = await db.judgements.where('evaluationId').equals(scale.evaluationId).toArray();
        const plan = saveScalePlan(scale, before.levels, judgements, criteria, moveRemovedTo, deps.now());
        return commitStep(db, deps, {
          evaluationId: scale.evaluationId,
          action: 'editScale',
          summary: scale.frameworkId,
          changes: [{ table: 'ratingScales', id: scale.id, before: stored, after: plan.scale }, ...plan.judgements.map((j) => ({ table: 'judgements' as const, id: j.after.id, before: j.before, after: j.after }))],
        });
      });
    },
  };
}

export type JudgementsRepo = ReturnType<typeof createJudgementsRepo>;
