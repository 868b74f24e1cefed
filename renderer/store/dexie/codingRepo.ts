import type { Code, DataCoding, EvidenceJudgement, Id, Segment } from '../../../shared/domain';
import type { ChangeSet, RecordChange } from '../../../shared/coding/changeSet';
import { selectorsFor, trimRange } from '../../../shared/text/selectors';
import { coderName, commitStep, stepTables } from './changeWriter';
import type { SparbarDatabase } from './db';
import type { RepositoryDeps } from './deps';

/** A range of a document's text to code (UTF-16 offsets, end exclusive). */
export interface CodeRange {
  documentId: Id;
  start: number;
  end: number;
}

/** The part of a judgement the evaluator may change. */
export type JudgementPatch = Partial<Pick<EvidenceJudgement, 'memo' | 'strength' | 'direction'>>;

function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

/** Whether a patch would change nothing of a judgement. */
function changesNothing(record: EvidenceJudgement, patch: JudgementPatch): boolean {
  return (Object.keys(patch) as (keyof JudgementPatch)[]).every((key) => patch[key] === undefined || patch[key] === record[key]);
}

function isUnjudged(record: EvidenceJudgement): boolean {
  return record.memo.trim() === '' && record.strength === null && record.direction === null;
}

/**
 * Every coding decision on text passages and table data. Each call is one transaction and one undoable
 * step with its line in the audit log; it returns the step (null when nothing changed).
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
    const text = (await db.documentTexts.get(documentId))?.text;
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

  /** The changes that code one range: a new segment, or the code added to a segment of exactly that range. */
  async function codeOne(range: CodeRange, code: Code, coder: string, now: string): Promise<RecordChange | null> {
    const document = await db.documents.get(range.documentId);
    if (!document || document.evaluationId !== code.evaluationId) throw new Error(`No document ${range.documentId} in this evaluation`);
    const text = await textOf(range.documentId);
    const trimmed = trimRange(text, range.start, range.end);
    if (trimmed.start >= trimmed.end) return null;
    const { position, quote } = selectorsFor(text, trimmed.start, trimmed.end);
    const same = (await db.segments.where('[documentId+position.start]').equals([range.documentId, position.start]).toArray()).find(
      (segment) => segment.position.end === position.end,
    );
    if (same) {
      if (same.codeIds.includes(code.id)) return null;
      return { table: 'segments', id: same.id, before: same, after: { ...same, codeIds: [...same.codeIds, code.id], updatedAt: now } };
    }
    const segment: Segment = {
      id: deps.newId(),
      evaluationId: document.evaluationId,
      documentId: document.id,
      projectId: document.projectId,
      position,
      quote,
      codeIds: [code.id],
      memo: '',
      strength: null,
      direction: null,
      coder,
      createdAt: now,
      updatedAt: now,
    };
    return { table: 'segments', id: segment.id, before: null, after: segment };
  }

  return {
    /** Codes a passage of a document; the range is trimmed of white space. */
    async code(documentId: Id, start: number, end: number, codeId: Id): Promise<ChangeSet | null> {
      return db.transaction('rw', [db.documents, db.documentTexts, ...stepTables(db)], async () => {
        const document = await db.documents.get(documentId);
        if (!document) throw new Error(`No document ${documentId}`);
        const code = await codeIn(document.evaluationId, codeId);
        const coder = await coderName(db);
        const change = await codeOne({ documentId, start, end }, code, coder, deps.now());
        const quote = change?.after && 'quote' in change.after ? change.after.quote.exact : '';
        return commitStep(db, deps, { evaluationId: document.evaluationId, action: 'code', summary: `${code.labelSv}: ”${excerpt(quote)}”`, changes: change ? [change] : [], coder });
      });
    },

    /** Codes many ranges with one code, as one step (auto-coding). Ranges already coded so are left alone. */
    async codeRanges(evaluationId: Id, ranges: readonly CodeRange[], codeId: Id): Promise<ChangeSet | null> {
      return db.transaction('rw', [db.documents, db.documentTexts, ...stepTables(db)], async () => {
        const code = await codeIn(evaluationId, codeId);
        const coder = await coderName(db);
        const now = deps.now();
        const changes: RecordChange[] = [];
        const created = new Map<string, RecordChange>();
        for (const range of ranges) {
          const change = await codeOne(range, code, coder, now);
          if (!change?.after || !('position' in change.after)) continue;
          // Two hits that expand to the same sentence make one segment.
          const key = `${range.documentId}:${change.after.position.start}:${change.after.position.end}`;
          if (created.has(key)) continue;
          created.set(key, change);
          changes.push(change);
        }
        return commitStep(db, deps, { evaluationId, action: 'autoCode', summary: `${code.labelSv}: ${changes.length}`, changes });
      });
    },

    /**
     * Removes one code from a segment. A segment left with no code is removed when it holds no judgement
     * (nothing is lost, and the step can be undone); one with a memo, strength or direction is kept as uncoded.
     */
    async uncode(segmentId: Id, codeId: Id): Promise<ChangeSet | null> {
      return db.transaction('rw', stepTables(db), async () => {
        const segment = await db.segments.get(segmentId);
        if (!segment || !segment.codeIds.includes(codeId)) return null;
        const code = await db.codes.get(codeId);
        const codeIds = segment.codeIds.filter((id) => id !== codeId);
        const after = codeIds.length === 0 && isUnjudged(segment) ? null : { ...segment, codeIds, updatedAt: deps.now() };
        return commitStep(db, deps, {
          evaluationId: segment.evaluationId,
          action: 'uncode',
          summary: `${code?.labelSv ?? ''}: ”${excerpt(segment.quote.exact)}”`,
          changes: [{ table: 'segments', id: segment.id, before: segment, after }],
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
          summary: `”${excerpt(segment.quote.exact)}”`,
          changes: [{ table: 'segments', id: segment.id, before: segment, after: null }],
        });
      });
    },

    /** Sets a segment's memo, strength or direction. */
    async judge(segmentId: Id, patch: JudgementPatch): Promise<ChangeSet | null> {
      return db.transaction('rw', stepTables(db), async () => {
        const segment = await db.segments.get(segmentId);
        if (!segment || changesNothing(segment, patch)) return null;
        const after: Segment = { ...segment, ...patch, updatedAt: deps.now() };
        return commitStep(db, deps, {
          evaluationId: segment.evaluationId,
          action: 'judge',
          summary: `”${excerpt(segment.quote.exact)}”`,
          changes: [{ table: 'segments', id: segment.id, before: segment, after }],
        });
      });
    },

    /** Moves a segment's start and end (trimmed of white space); its codes and judgement stay. */
    async adjustRange(segmentId: Id, start: number, end: number): Promise<ChangeSet | null> {
      return db.transaction('rw', [db.documentTexts, ...stepTables(db)], async () => {
        const segment = await db.segments.get(segmentId);
        if (!segment) return null;
        const text = await textOf(segment.documentId);
        const range = trimRange(text, Math.max(0, start), Math.min(text.length, end));
        if (range.start >= range.end) return null;
        const { position, quote } = selectorsFor(text, range.start, range.end);
        const after: Segment = { ...segment, position, quote, updatedAt: deps.now() };
        return commitStep(db, deps, {
          evaluationId: segment.evaluationId,
          action: 'adjustRange',
          summary: `”${excerpt(quote.exact)}”`,
          changes: [{ table: 'segments', id: segment.id, before: segment, after }],
        });
      });
    },

    /**
     * Places a segment that could not be re-anchored in a new version of its document (or anywhere in
     * another document of the evaluation) at a range chosen by the evaluator; codes and judgement stay.
     */
    async relocate(segmentId: Id, documentId: Id, start: number, end: number): Promise<ChangeSet | null> {
      return db.transaction('rw', [db.documents, db.documentTexts, ...stepTables(db)], async () => {
        const segment = await db.segments.get(segmentId);
        const document = await db.documents.get(documentId);
        if (!segment || !document || document.evaluationId !== segment.evaluationId) return null;
        const text = await textOf(documentId);
        const range = trimRange(text, Math.max(0, start), Math.min(text.length, end));
        if (range.start >= range.end) return null;
        const { position, quote } = selectorsFor(text, range.start, range.end);
        const after: Segment = { ...segment, documentId, projectId: document.projectId, position, quote, updatedAt: deps.now() };
        return commitStep(db, deps, {
          evaluationId: segment.evaluationId,
          action: 'adjustRange',
          summary: `”${excerpt(quote.exact)}”`,
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

    /** Codes a dataset row (column null) or one cell; adds to an existing coding of the same row and cell. */
    async codeData(rowId: Id, column: number | null, codeId: Id): Promise<ChangeSet | null> {
      return db.transaction('rw', [db.datasets, db.datasetRows, ...stepTables(db)], async () => {
        const row = await db.datasetRows.get(rowId);
        if (!row) throw new Error(`No row ${rowId}`);
        const dataset = await db.datasets.get(row.datasetId);
        if (column !== null && (!Number.isInteger(column) || column < 0 || column >= (dataset?.columns.length ?? 0))) throw new Error(`No column ${column} in this dataset`);
        const code = await codeIn(row.evaluationId, codeId);
        const now = deps.now();
        const existing = (await db.dataCodings.where('rowId').equals(rowId).toArray()).find((coding) => coding.column === column);
        let change: RecordChange | null = null;
        if (existing) {
          if (!existing.codeIds.includes(codeId)) change = { table: 'dataCodings', id: existing.id, before: existing, after: { ...existing, codeIds: [...existing.codeIds, codeId], updatedAt: now } };
        } else {
          const coding: DataCoding = {
            id: deps.newId(),
            evaluationId: row.evaluationId,
            datasetId: row.datasetId,
            rowId,
            column,
            projectId: row.projectId,
            codeIds: [codeId],
            memo: '',
            strength: null,
            direction: null,
            coder: await coderName(db),
            createdAt: now,
            updatedAt: now,
          };
          change = { table: 'dataCodings', id: coding.id, before: null, after: coding };
        }
        return commitStep(db, deps, { evaluationId: row.evaluationId, action: 'codeData', summary: code.labelSv, changes: change ? [change] : [] });
      });
    },

    /** Removes one code from a table coding; as with segments, an unjudged coding left with none goes. */
    async uncodeData(codingId: Id, codeId: Id): Promise<ChangeSet | null> {
      return db.transaction('rw', stepTables(db), async () => {
        const coding = await db.dataCodings.get(codingId);
        if (!coding || !coding.codeIds.includes(codeId)) return null;
        const code = await db.codes.get(codeId);
        const codeIds = coding.codeIds.filter((id) => id !== codeId);
        const after = codeIds.length === 0 && isUnjudged(coding) ? null : { ...coding, codeIds, updatedAt: deps.now() };
        return commitStep(db, deps, { evaluationId: coding.evaluationId, action: 'uncodeData', summary: code?.labelSv ?? '', changes: [{ table: 'dataCodings', id: coding.id, before: coding, after }] });
      });
    },

    /** Sets a table coding's memo, strength or direction. */
    async judgeData(codingId: Id, patch: JudgementPatch): Promise<ChangeSet | null> {
      return db.transaction('rw', stepTables(db), async () => {
        const coding = await db.dataCodings.get(codingId);
        if (!coding || changesNothing(coding, patch)) return null;
        return commitStep(db, deps, {
          evaluationId: coding.evaluationId,
          action: 'judgeData',
          summary: '',
          changes: [{ table: 'dataCodings', id: coding.id, before: coding, after: { ...coding, ...patch, updatedAt: deps.now() } }],
        });
      });
    },

    /** The segments that carry a code, in no particular order. */
    segmentsWithCode(codeId: Id): Promise<Segment[]> {
      return db.segments.where('codeIds').equals(codeId).toArray();
    },

    /** Segments and table codings left with no code (after a code was deleted, say). */
    async uncoded(evaluationId: Id): Promise<{ segments: Segment[]; dataCodings: DataCoding[] }> {
      const [segments, dataCodings] = await Promise.all([
        db.segments.where('evaluationId').equals(evaluationId).filter((s) => s.codeIds.length === 0).toArray(),
        db.dataCodings.where('evaluationId').equals(evaluationId).filter((c) => c.codeIds.length === 0).toArray(),
      ]);
      return { segments, dataCodings };
    },
  };
}

export type CodingRepo = ReturnType<typeof createCodingRepo>;
