import { sameRecord } from '../base/sameRecord';
import type { AgreementRun, AuditAction, Code, DataCoding, DocumentRecord, DocumentText, Finding, Id, IsoTimestamp, Judgement, Project, RatingScale, Recommendation, ReportSettings, Segment } from '../domain';

/** A document's original file as a step carries it: `blob` is the store's Blob (shared/ has no DOM types). */
export interface OriginalChange {
  documentId: Id;
  evaluationId: Id;
  blob: unknown;
}

/** The records an undoable action may change. */
export interface ChangeTables {
  codes: Code;
  segments: Segment;
  dataCodings: DataCoding;
  judgements: Judgement;
  findings: Finding;
  recommendations: Recommendation;
  ratingScales: RatingScale;
  documents: DocumentRecord;
  /** Keyed by evaluationId: a change's `id` is the evaluation's. */
  reportSettings: ReportSettings;
  /** Projects a step adds (a colleague's evaluation merged). */
  projects: Project;
  /** A document's whole text, kept by the store in pieces; a change's `id` is the document's (a merge adds it with its document). */
  documentTexts: DocumentText;
  /** A document's original; a change's `id` is the document's. */
  originals: OriginalChange;
  /** Kept measurements of inter-coder agreement. */
  agreementRuns: AgreementRun;
}
export type ChangeTable = keyof ChangeTables;

/** One record as it was before an action and as it is after; null where it did not (or no longer) exist. */
export type RecordChange = {
  [T in ChangeTable]: { table: T; id: Id; before: ChangeTables[T] | null; after: ChangeTables[T] | null };
}[ChangeTable];

/**
 * One undoable step: every record it changed, before and after. Undo writes the befores, redo the
 * afters; both check first that the records are still as the step left them.
 */
export interface ChangeSet {
  id: Id;
  evaluationId: Id;
  action: AuditAction;
  at: IsoTimestamp;
  summary: string;
  changes: RecordChange[];
}

/** The step that takes a change set back. */
export function invertChanges(changes: readonly RecordChange[]): RecordChange[] {
  return changes.map((change) => ({ ...change, before: change.after, after: change.before }) as RecordChange).reverse();
}

/** Joins the changes of one record made in several writes of the same step: first before, last after. */
export function squashChanges(changes: readonly RecordChange[]): RecordChange[] {
  const byKey = new Map<string, RecordChange>();
  for (const change of changes) {
    const key = `${change.table}\u0000${change.id}`;
    const earlier = byKey.get(key);
    byKey.set(key, earlier ? ({ ...earlier, after: change.after } as RecordChange) : change);
  }
  return [...byKey.values()].filter((change) => !sameRecord(change.before, change.after));
}

/** Deep equality of plain records, kept in shared/base for the layers below this one. */
export { sameRecord };

/**
 * The ids a change set touches, by kind, for the audit log: changed codes, and the codes given to or
 * taken from evidence (so the log can be filtered by code).
 */
export function touchedIds(changes: readonly RecordChange[]): { codeIds: Id[]; segmentIds: Id[]; dataCodingIds: Id[] } {
  const ids = { codeIds: new Set<Id>(), segmentIds: new Set<Id>(), dataCodingIds: new Set<Id>() };
  for (const change of changes) {
    if (change.table === 'codes') {
      ids.codeIds.add(change.id);
      continue;
    }
    if (change.table === 'judgements') {
      // A judgement is logged under its criterion and the evidence it links or unlinks.
      const judgement = change.after ?? change.before;
      if (judgement) ids.codeIds.add(judgement.criterionCodeId);
      for (const field of ['segmentIds', 'dataCodingIds'] as const) {
        const before = change.before?.[field] ?? [];
        const after = change.after?.[field] ?? [];
        for (const id of [...before.filter((x) => !after.includes(x)), ...after.filter((x) => !before.includes(x))]) ids[field].add(id);
      }
      continue;
    }
    if (change.table === 'findings') {
      // A finding is logged under the evidence it links or unlinks itself.
      for (const field of ['segmentIds', 'dataCodingIds'] as const) {
        const before = change.before?.[field] ?? [];
        const after = change.after?.[field] ?? [];
        for (const id of [...before.filter((x) => !after.includes(x)), ...after.filter((x) => !before.includes(x))]) ids[field].add(id);
      }
      continue;
    }
    if (change.table !== 'segments' && change.table !== 'dataCodings') continue;
    (change.table === 'segments' ? ids.segmentIds : ids.dataCodingIds).add(change.id);
    const before = change.before?.codeIds ?? [];
    const after = change.after?.codeIds ?? [];
    for (const id of before) if (!after.includes(id)) ids.codeIds.add(id);
    for (const id of after) if (!before.includes(id)) ids.codeIds.add(id);
  }
  return { codeIds: [...ids.codeIds], segmentIds: [...ids.segmentIds], dataCodingIds: [...ids.dataCodingIds] };
}
