import { deleteCode, type DeleteImpact } from '../../../shared/coding/deleteCode';
import type { Evidence } from '../../../shared/coding/evidence';
import { mergeCodes, type MergeProblem } from '../../../shared/coding/mergeCodes';
import { mergeJudgements, type MergeJudgementsImpact } from '../../../shared/coding/mergeJudgements';
import { moveCode, type MoveProblem } from '../../../shared/coding/moveCode';
import { newCode } from '../../../shared/coding/newCode';
import { codeFieldsOf, editCode, validColour, type CodeFields, type CodePatch } from '../../../shared/coding/editCode';
import { formChanges, type FormEdit } from '../../../shared/domain/formChanges';
import { subtreeIds } from '../../../shared/coding/codeTree';
import { scaleFor, type Code, type CodeTexts, type Id } from '../../../shared/domain';
import type { ChangeSet, RecordChange } from '../../../shared/coding/changeSet';
import { commitStep, stepTables, type Saved } from './changeWriter';
import type { SparbarDatabase } from './db';
import type { RepositoryDeps } from './deps';

export class CodebookError extends Error {
  constructor(readonly problem: MergeProblem | MoveProblem) {
    super(`Codebook: ${problem}`);
    this.name = 'CodebookError';
  }
}

/**
 * Stores changes to an evaluation's codebook (the rules are in shared/coding/). Each is one transaction
 * and one undoable step with its line in the audit log; evidence moves with merges and loses only the
 * deleted codes on delete.
 */
export function createCodebookRepo(db: SparbarDatabase, deps: RepositoryDeps) {
  async function codebookOf(evaluationId: Id): Promise<Code[]> {
    return db.codes.where('evaluationId').equals(evaluationId).toArray();
  }

  async function evidenceWith(codeIds: Iterable<Id>): Promise<Evidence[]> {
    const ids = [...codeIds];
    const [segments, dataCodings] = await Promise.all([
      db.segments.where('codeIds').anyOf(ids).distinct().toArray(),
      db.dataCodings.where('codeIds').anyOf(ids).distinct().toArray(),
    ]);
    return [...segments.map((record) => ({ table: 'segments' as const, record })), ...dataCodings.map((record) => ({ table: 'dataCodings' as const, record }))];
  }

  async function judgementsPlan(source: Code, target: Code, heading: string) {
    const judgements = await db.judgements.where('criterionCodeId').anyOf([source.id, target.id]).toArray();
    const findings = await db.findings.where('judgementIds').anyOf(judgements.map((j) => j.id)).distinct().toArray();
    const scales = await db.ratingScales.where('evaluationId').equals(target.evaluationId).toArray();
    return mergeJudgements(judgements, findings, source.id, target.id, scaleFor(scales, target.evaluationId, target.frameworkId ?? ''), heading, deps.now());
  }

  async function linksOf(codeIds: Iterable<Id>) {
    const judgements = await db.judgements.where('criterionCodeId').anyOf([...codeIds]).toArray();
    const findings = await db.findings.where('judgementIds').anyOf(judgements.map((j) => j.id)).distinct().toArray();
    return { judgements, findings };
  }

  async function getCode(codeId: Id): Promise<Code> {
    const code = await db.codes.get(codeId);
    if (!code) throw new CodebookError('missing');
    return code;
  }

  return {
    /** Adds a code of the evaluator's own under a parent (or at the top of a framework). */
    async add(input: { evaluationId: Id; parentId: Id | null; frameworkId: string | null; texts: Partial<CodeTexts>; colour?: string }): Promise<{ code: Code; step: ChangeSet | null }> {
      return db.transaction('rw', stepTables(db), async () => {
        const codes = await codebookOf(input.evaluationId);
        if (input.parentId !== null && !codes.some((code) => code.id === input.parentId)) throw new CodebookError('missing');
        const code = newCode(codes, { ...input, colour: validColour(input.colour) }, deps.newId(), deps.now());
        const step = await commitStep(db, deps, { evaluationId: input.evaluationId, action: 'addCode', summary: code.labelSv || code.labelEn, changes: [{ table: 'codes', id: code.id, before: null, after: code }] });
        return { code, step };
      });
    },

    /** Renames a code, edits its definition fields, colour or shortcut. A shortcut moves from any other code that had it. */
    async update(codeId: Id, patch: CodePatch): Promise<ChangeSet | null> {
      return db.transaction('rw', stepTables(db), async () => {
        const code = await getCode(codeId);
        const changes = editCode(await codebookOf(code.evaluationId), code, patch);
        return commitStep(db, deps, { evaluationId: code.evaluationId, action: 'editCode', summary: code.labelSv, changes });
      });
    },

    /**
     * Saves what a form changed of a code (see formChanges) as one step: only those fields are written.
     * A field also changed elsewhere since the form opened writes nothing and comes back as a conflict.
     */
    async edit(codeId: Id, edit: FormEdit<CodeFields>): Promise<Saved<CodeFields>> {
      return db.transaction('rw', stepTables(db), async () => {
        const code = await getCode(codeId);
        const { patch, conflicts } = formChanges(edit.base, edit.edited, codeFieldsOf(code));
        if (conflicts.length > 0) return { step: null, conflicts };
        const changes = editCode(await codebookOf(code.evaluationId), code, patch);
        return { step: await commitStep(db, deps, { evaluationId: code.evaluationId, action: 'editCode', summary: code.labelSv, changes }), conflicts: [] };
      });
    },

    /** Moves a code (and the codes below it) under a new parent at a position among its siblings. */
    async move(codeId: Id, parentId: Id | null, index: number): Promise<ChangeSet | null> {
      return db.transaction('rw', stepTables(db), async () => {
        const code = await getCode(codeId);
        const result = moveCode(await codebookOf(code.evaluationId), codeId, parentId, index);
        if (!result.ok) throw new CodebookError(result.problem);
        return commitStep(db, deps, { evaluationId: code.evaluationId, action: 'moveCode', summary: code.labelSv, changes: result.changes });
      });
    },

    /**
     * Merges a code into another: its evidence and child codes move to the target, its judgements go to
     * the target (joined with the target's judgement of the same subject, the source's words under
     * `heading`, see mergeJudgements), and it is removed.
     */
    async merge(sourceId: Id, targetId: Id, heading?: string): Promise<ChangeSet | null> {
      return db.transaction('rw', stepTables(db), async () => {
        const source = await getCode(sourceId);
        const target = await getCode(targetId);
        const result = mergeCodes(await codebookOf(source.evaluationId), await evidenceWith([sourceId]), sourceId, targetId, deps.now());
        if (!result.ok) throw new CodebookError(result.problem);
        const judgements = await judgementsPlan(source, target, heading ?? `${source.labelSv}:`);
        return commitStep(db, deps, { evaluationId: source.evaluationId, action: 'mergeCodes', summary: `${source.labelSv} → ${target.labelSv}`, changes: [...judgements.changes, ...result.changes] });
      });
    },

    /** What merging a code into another does to judgements and findings, for the merge dialog. */
    async mergeImpact(sourceId: Id, targetId: Id): Promise<MergeJudgementsImpact> {
      return db.transaction('r', [db.codes, db.judgements, db.findings, db.ratingScales], async () => (await judgementsPlan(await getCode(sourceId), await getCode(targetId), '')).impact);
    },

    /** What deleting a code would affect: the codes below it, the evidence that loses codes, the judgements that go and the findings that lose them. */
    async deleteImpact(codeId: Id): Promise<DeleteImpact> {
      return db.transaction('r', [db.codes, db.segments, db.dataCodings, db.judgements, db.findings], async () => {
        const code = await getCode(codeId);
        const codes = await codebookOf(code.evaluationId);
        const removed = subtreeIds(codes, codeId);
        return deleteCode(codes, await evidenceWith(removed), codeId, deps.now(), await linksOf(removed)).impact;
      });
    },

    /** Deletes a code and the codes below it; evidence keeps its other codes, and evidence left with none is kept as uncoded. */
    async remove(codeId: Id): Promise<ChangeSet | null> {
      return db.transaction('rw', stepTables(db), async () => {
        const code = await getCode(codeId);
        const codes = await codebookOf(code.evaluationId);
        const { changes } = deleteCode(codes, await evidenceWith(subtreeIds(codes, codeId)), codeId, deps.now());
        return commitStep(db, deps, { evaluationId: code.evaluationId, action: 'deleteCode', summary: code.labelSv, changes });
      });
    },

    /** Adds codes read from a codebook file (parents before children), as one step. */
    async addMany(evaluationId: Id, codes: readonly Code[], summary: string): Promise<ChangeSet | null> {
      return db.transaction('rw', stepTables(db), async () => {
        const changes: RecordChange[] = codes.map((code) => ({ table: 'codes', id: code.id, before: null, after: { ...code, evaluationId } }));
        return commitStep(db, deps, { evaluationId, action: 'importCodebook', summary, changes });
      });
    },
  };
}

export type CodebookRepo = ReturnType<typeof createCodebookRepo>;
