import type { Code, DataCoding, Id, Segment } from '../../../shared/domain';
import type { ChangeSet, RecordChange } from '../../../shared/coding/changeSet';
import { codingRange, codingRule } from '../../../shared/coding/codingRule';
import { tallyAutoCoding, type AutoCodeSkips, type RangeCoded } from '../../../shared/coding/autoCodeTally';
import { dataCodingRule, isColumnOf } from '../../../shared/coding/dataCodingRule';
import { judged, type JudgementPatch } from '../../../shared/coding/judgement';
import { choosesPassageProject } from '../../../shared/coding/passageProject';
import { withRange } from '../../../shared/coding/segmentRange';
import { codeQuoteSummary, quoteSummary } from '../../../shared/coding/stepSummary';
import { withoutCode } from '../../../shared/coding/uncode';
import { coderName, commitStep, stepTables } from './changeWriter';
import { commitOrJoin } from './stepJoinWriter';
import { readText } from './documentTextStore';
import { readRow, type DatasetRowRef } from './datasetRowStore';
import type { DocumentRecord, SparbarDatabase } from './db';
import type { RepositoryDeps } from './deps';

/** A range of a document's text to code (UTF-16 offsets, end exclusive). */
export interface CodeRange {
  documentId: Id;
  start: number;
  end: number;
}

/** A segment coding writes, with the record it replaces. */
type Written = { segment: Segment; before: Segment | null };

/**
 * Stores coding decisions on text passages and table data (the rules are in shared/coding/). Each call is
 * one transaction and one undoable step with its line in the audit log; it returns the step (null when
 * nothing changed).
 */
export function createCodingRepo(db: SparbarDatabase, deps: RepositoryDeps) {
  // A document's text never changes under its id (a revised report is a new document), so the texts of
  // the few documents being coded are kept in memory: coding then never reads a whole report again.
  const texts = new Map<Id, string>();
  const TEXTS_KEPT = 8;

  /** The text of a document, from memory or the store (inside the caller's transaction). */
  async function textOf(documentId: Id): Promise<string> {
    const known = texts.get(documentId);
    if (known !== undefined) {
      texts.delete(documentId);
      texts.set(documentId, known);
      return known;
    }
    const text = (await readText(db, documentId))?.text;
    if (text === undefined) throw new Error(`No text for document ${documentId}`);
    texts.set(documentId, text);
    if (texts.size > TEXTS_KEPT) texts.delete(texts.keys().next().value as Id);
    return text;
  }

  async function codeIn(evaluationId: Id, codeId: Id): Promise<Code> {
    const code = await db.codes.get(codeId);
    if (!code || code.evaluationId !== evaluationId) throw new Error(`No code ${codeId} in this evaluation`);
    return code;
  }

  /** The segment that codes one range, by the coding rule, with the record it replaces (the document when the caller has read it). */
  async function codeOne(range: CodeRange, code: Code, coder: string, now: string, known?: DocumentRecord): Promise<Written | null> {
    const coded = await codeOneOrWhyNot(range, code, coder, now, known);
    return 'skipped' in coded ? null : coded;
  }

  /** As codeOne, or why the range gives no segment (white space only, or coded so already). */
  async function codeOneOrWhyNot(range: CodeRange, code: Code, coder: string, now: string, known?: DocumentRecord): Promise<RangeCoded<Written>> {
    const document = known ?? (await db.documents.get(range.documentId));
    if (!document || document.evaluationId !== code.evaluationId) throw new Error(`No document ${range.documentId} in this evaluation`);
    const text = await textOf(range.documentId);
    const trimmed = codingRange(text, range.start, range.end);
    if (!trimmed) return { skipped: 'blank' };
    const atRange = await db.segments.where('[documentId+position.start]').equals([range.documentId, trimmed.start]).toArray();
    // A new passage in a programme document is about the project its text names.
    const projects = document.projectId === null ? await db.projects.where('evaluationId').equals(document.evaluationId).toArray() : [];
    const segment = codingRule({ document, text, range: trimmed, segments: atRange, codeId: code.id, coder, now, newId: deps.newId, projects });
    return segment ? { segment, before: atRange.find((other) => other.id === segment.id) ?? null } : { skipped: 'alreadyCoded' };
  }

  const segmentChange = ({ segment, before }: Written): RecordChange => ({ table: 'segments', id: segment.id, before, after: segment });

  /**
   * Auto-coding: codes many ranges with one code, as one step, and counts the ranges left uncoded by
   * reason (already coded so, the same passage as another range, white space only, a document deleted
   * since the search) so the screen can say why.
   */
  async function autoCode(evaluationId: Id, ranges: readonly CodeRange[], codeId: Id): Promise<{ step: ChangeSet | null; skipped: AutoCodeSkips }> {
    return db.transaction('rw', [db.documents, db.documentTextPieces, db.projects, ...stepTables(db)], async () => {
      const code = await codeIn(evaluationId, codeId);
      const coder = await coderName(db);
      const now = deps.now();
      const results: RangeCoded<Written>[] = [];
      for (const range of ranges) {
        const document = await db.documents.get(range.documentId);
        results.push(document ? await codeOneOrWhyNot(range, code, coder, now, document) : { skipped: 'documentGone' });
      }
      const { written, skipped } = tallyAutoCoding(results);
      const changes = written.map(segmentChange);
      const step = await commitStep(db, deps, { evaluationId, action: 'autoCode', summary: `${code.labelSv}: ${changes.length}`, changes });
      return { step, skipped };
    });
  }

  return {
    /** Codes a passage of a document; the range is trimmed of white space. */
    async code(documentId: Id, start: number, end: number, codeId: Id): Promise<ChangeSet | null> {
      return db.transaction('rw', [db.documents, db.documentTextPieces, db.projects, ...stepTables(db)], async () => {
        // What the step reads is asked for at once (one round trip, not four: the coding benchmark's
        // profile showed each waiting for the busy main thread in turn).
        const [document, found, coder] = await Promise.all([db.documents.get(documentId), db.codes.get(codeId), coderName(db), textOf(documentId).catch(() => null)]);
        if (!document) throw new Error(`No document ${documentId}`);
        if (!found || found.evaluationId !== document.evaluationId) throw new Error(`No code ${codeId} in this evaluation`);
        const code = found;
        const written = await codeOne({ documentId, start, end }, code, coder, deps.now(), document);
        const summary = codeQuoteSummary(code.labelSv, written?.segment.quote.exact ?? '');
        return commitStep(db, deps, { evaluationId: document.evaluationId, action: 'code', summary, changes: written ? [segmentChange(written)] : [], coder });
      });
    },

    /** Codes many ranges with one code, as one step (auto-coding). Ranges already coded so are left alone. */
    async codeRanges(evaluationId: Id, ranges: readonly CodeRange[], codeId: Id): Promise<ChangeSet | null> {
      return (await autoCode(evaluationId, ranges, codeId)).step;
    },

    autoCode,

    /** Removes one code from a segment; one left with no code and no judgement goes (see withoutCode). */
    async uncode(segmentId: Id, codeId: Id): Promise<ChangeSet | null> {
      return db.transaction('rw', stepTables(db), async () => {
        const segment = await db.segments.get(segmentId);
        if (!segment || !segment.codeIds.includes(codeId)) return null;
        const code = await db.codes.get(codeId);
        return commitStep(db, deps, {
          evaluationId: segment.evaluationId,
          action: 'uncode',
          summary: codeQuoteSummary(code?.labelSv ?? '', segment.quote.exact),
          changes: [{ table: 'segments', id: segment.id, before: segment, after: withoutCode(segment, codeId, deps.now()) }],
        });
      });
    },

    /** Deletes a segment with its codes and judgement (undoable). */
    async deleteSegment(segmentId: Id): Promise<ChangeSet | null> {
      return db.transaction('rw', stepTables(db), async () => {
        const segment = await db.segments.get(segmentId);
        if (!segment) return null;
        return commitStep(db, deps, {
          evaluationId: segment.evaluationId,
          action: 'deleteSegment',
          summary: quoteSummary(segment.quote.exact),
          changes: [{ table: 'segments', id: segment.id, before: segment, after: null }],
        });
      });
    },

    /**
     * Sets a segment's memo, strength or direction. Given the screen's last step, a change that follows
     * one of the same passage joins it (shared/coding/stepJoin.ts): one decision, one line, one undo.
     */
    async judge(segmentId: Id, patch: JudgementPatch, previous: ChangeSet | null = null): Promise<ChangeSet | null> {
      return db.transaction('rw', stepTables(db), async () => {
        const segment = await db.segments.get(segmentId);
        const after = segment && judged(segment, patch, deps.now());
        if (!segment || !after) return null;
        const change: RecordChange = { table: 'segments', id: segment.id, before: segment, after };
        return commitOrJoin(db, deps, { evaluationId: segment.evaluationId, action: 'judge', summary: quoteSummary(segment.quote.exact), change }, previous);
      });
    },

    /**
     * Sets the project a passage of a programme document is about (null: the programme). A passage in a
     * project's document belongs to that project and is left alone.
     */
    async setProject(segmentId: Id, projectId: Id | null): Promise<ChangeSet | null> {
      return db.transaction('rw', [db.documents, db.projects, ...stepTables(db)], async () => {
        const segment = await db.segments.get(segmentId);
        if (!segment || segment.projectId === projectId) return null;
        const document = await db.documents.get(segment.documentId);
        if (!document || !choosesPassageProject(document)) return null;
        const project = projectId === null ? null : await db.projects.get(projectId);
        if (project === undefined || (project !== null && project.evaluationId !== segment.evaluationId)) throw new Error(`No project ${projectId ?? ''} in this evaluation`);
        return commitStep(db, deps, {
          evaluationId: segment.evaluationId,
          action: 'setPassageProject',
          summary: codeQuoteSummary(project?.name ?? '–', segment.quote.exact),
          changes: [{ table: 'segments', id: segment.id, before: segment, after: { ...segment, projectId, updatedAt: deps.now() } }],
        });
      });
    },

    /** Moves a segment's start and end (trimmed of white space); its codes and judgement stay. */
    async adjustRange(segmentId: Id, start: number, end: number): Promise<ChangeSet | null> {
      return db.transaction('rw', [db.documentTextPieces, ...stepTables(db)], async () => {
        const segment = await db.segments.get(segmentId);
        if (!segment) return null;
        const after = withRange(segment, await textOf(segment.documentId), start, end, deps.now());
        if (!after) return null;
        return commitStep(db, deps, {
          evaluationId: segment.evaluationId,
          action: 'adjustRange',
          summary: quoteSummary(after.quote.exact),
          changes: [{ table: 'segments', id: segment.id, before: segment, after }],
        });
      });
    },

    /**
     * Places a segment that could not be re-anchored in a new version of its document (or anywhere in
     * another document of the evaluation) at a range chosen by the evaluator; codes and judgement stay.
     */
    async relocate(segmentId: Id, documentId: Id, start: number, end: number): Promise<ChangeSet | null> {
      return db.transaction('rw', [db.documents, db.documentTextPieces, ...stepTables(db)], async () => {
        const segment = await db.segments.get(segmentId);
        const document = await db.documents.get(documentId);
        if (!segment || !document || document.evaluationId !== segment.evaluationId) return null;
        const after = withRange(segment, await textOf(documentId), start, end, deps.now(), document);
        if (!after) return null;
        return commitStep(db, deps, {
          evaluationId: segment.evaluationId,
          action: 'adjustRange',
          summary: quoteSummary(after.quote.exact),
          changes: [{ table: 'segments', id: segment.id, before: segment, after }],
        });
      });
    },

    /** Segments left in an older version of their document: they were not found in the new version's text. */
    async unplaced(evaluationId: Id): Promise<Segment[]> {
      const superseded = new Set((await db.documents.where('evaluationId').equals(evaluationId).filter((d) => d.supersededBy !== null).primaryKeys()) as Id[]);
      if (superseded.size === 0) return [];
      return db.segments.where('documentId').anyOf([...superseded]).toArray();
    },

    /**
     * Codes a dataset row (column null) or one cell; adds to an existing coding of the same row and cell.
     * The row is named where it is (its dataset and index, as every reader of rows has them, and its id):
     * rows are stored in pieces (schema v12), so its piece is one read, where an id alone would need a
     * scan of the dataset or an index entry per row, which is what made storing a table slow.
     */
    async codeData(rowRef: DatasetRowRef, column: number | null, codeId: Id): Promise<ChangeSet | null> {
      return db.transaction('rw', [db.datasets, db.datasetRowPieces, ...stepTables(db)], async () => {
        const row = await readRow(db, rowRef);
        if (!row) throw new Error(`No row ${rowRef.id}`);
        const rowId = row.id;
        const dataset = await db.datasets.get(row.datasetId);
        if (!isColumnOf(column, dataset?.columns.length ?? 0)) throw new Error(`No column ${column} in this dataset`);
        const code = await codeIn(row.evaluationId, codeId);
        const now = deps.now();
        const codings = await db.dataCodings.where('rowId').equals(rowId).toArray();
        const coder = await coderName(db);
        const after = dataCodingRule({ row, column, codings, codeId, coder, now, newId: deps.newId });
        const changes: RecordChange[] = after ? [{ table: 'dataCodings', id: after.id, before: codings.find((coding) => coding.id === after.id) ?? null, after }] : [];
        return commitStep(db, deps, { evaluationId: row.evaluationId, action: 'codeData', summary: code.labelSv, changes, coder });
      });
    },

    /** Removes one code from a table coding; as with segments, an unjudged coding left with none goes (see withoutCode). */
    async uncodeData(codingId: Id, codeId: Id): Promise<ChangeSet | null> {
      return db.transaction('rw', stepTables(db), async () => {
        const coding = await db.dataCodings.get(codingId);
        if (!coding || !coding.codeIds.includes(codeId)) return null;
        const code = await db.codes.get(codeId);
        const after = withoutCode(coding, codeId, deps.now());
        return commitStep(db, deps, { evaluationId: coding.evaluationId, action: 'uncodeData', summary: code?.labelSv ?? '', changes: [{ table: 'dataCodings', id: coding.id, before: coding, after }] });
      });
    },

    /** Sets a table coding's memo, strength or direction; joins the previous step as `judge` does. */
    async judgeData(codingId: Id, patch: JudgementPatch, previous: ChangeSet | null = null): Promise<ChangeSet | null> {
      return db.transaction('rw', stepTables(db), async () => {
        const coding = await db.dataCodings.get(codingId);
        const after = coding && judged(coding, patch, deps.now());
        if (!coding || !after) return null;
        const change: RecordChange = { table: 'dataCodings', id: coding.id, before: coding, after };
        return commitOrJoin(db, deps, { evaluationId: coding.evaluationId, action: 'judgeData', summary: '', change }, previous);
      });
    },

    /** The segments that carry a code, in no particular order. */
    segmentsWithCode(codeId: Id): Promise<Segment[]> {
      return db.segments.where('codeIds').equals(codeId).toArray();
    },

    /** Segments and table codings left with no code (after a code was deleted, say); the shared coding's passages that only drop codes are decisions, not uncoded. */
    async uncoded(evaluationId: Id): Promise<{ segments: Segment[]; dataCodings: DataCoding[] }> {
      const [segments, dataCodings] = await Promise.all([
        db.segments.where('evaluationId').equals(evaluationId).filter((s) => s.codeIds.length === 0 && s.consensus !== true).toArray(),
        db.dataCodings.where('evaluationId').equals(evaluationId).filter((c) => c.codeIds.length === 0).toArray(),
      ]);
      return { segments, dataCodings };
    },
  };
}

export type CodingRepo = ReturnType<typeof createCodingRepo>;
