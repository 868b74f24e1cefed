import type { StoredRecord } from '../../migrations';

/** The tables a merge adds records to. */
export const MERGE_KINDS = ['projects', 'documents', 'codes', 'segments', 'judgements', 'findings', 'recommendations'] as const;
export type MergeKind = (typeof MERGE_KINDS)[number];

/** The tables whose records, matched on both sides, may differ field by field. */
export type ConflictTable = 'segments' | 'judgements' | 'findings' | 'recommendations';

/** One field of one record that the two sides hold with different values: the evaluator chooses. */
export interface MergeConflict {
  /** Unique in the plan: `table:id:field`, the key of the choice. */
  key: string;
  table: ConflictTable;
  /** My record's id. */
  id: string;
  /** What names the record to a person: a title, the start of a quote, a criterion's label. */
  label: string;
  field: string;
  mine: unknown;
  theirs: unknown;
}

/** A record both sides hold: mine, and theirs with its ids made mine. */
export interface MatchedRecord {
  table: ConflictTable;
  mine: StoredRecord;
  theirs: StoredRecord;
}

/** What merging a colleague's evaluation into mine would do, before anything is written. */
export interface MergePlan {
  /** My evaluation's id: every record written belongs to it. */
  evaluationId: string;
  /** Their records I lack, with their references made mine. Added documents come with their texts and originals. */
  added: Record<MergeKind, StoredRecord[]> & { documentTexts: StoredRecord[]; originals: StoredRecord[] };
  /** Records both hold (by id or by what they are) whose links or fields differ. */
  matched: MatchedRecord[];
  conflicts: MergeConflict[];
  /** Their documents found among mine by SHA-256 (my title, theirs). */
  documentsMatched: { mine: string; theirs: string }[];
  /** Their codes found among mine by name and place in the tree, not by id (the code's path of labels). */
  codesByName: string[];
  /** Code labels by id (mine and the added), to show a conflict over a passage's codes. */
  codeLabels: Record<string, string>;
}

export type MergeRefusal = { code: 'otherEvaluation'; mine: string; theirs: string };
export type PlanMergeResult = { ok: true; plan: MergePlan } | { ok: false; refusal: MergeRefusal };

/** The evaluator's choice per conflict key; a conflict without a choice keeps mine. */
export type MergeChoices = Readonly<Record<string, 'mine' | 'theirs'>>;

/** What a merge writes: records added, and records changed (before and after). */
export interface MergeWrites {
  evaluationId: string;
  added: MergePlan['added'];
  changed: { table: ConflictTable; before: StoredRecord; after: StoredRecord }[];
}

/** How many records of each kind a merge adds. */
export function addedCounts(plan: Pick<MergePlan, 'added'>): Record<MergeKind, number> {
  return {
    projects: plan.added.projects.length,
    documents: plan.added.documents.length,
    codes: plan.added.codes.length,
    segments: plan.added.segments.length,
    judgements: plan.added.judgements.length,
    findings: plan.added.findings.length,
    recommendations: plan.added.recommendations.length,
  };
}

/** What the evaluator sees before merging: counts added, what was matched, and the conflicts (no records). */
export interface MergePreview {
  counts: Record<MergeKind, number>;
  documentsMatched: MergePlan['documentsMatched'];
  codesByName: string[];
  conflicts: MergeConflict[];
  codeLabels: Record<string, string>;
}

export function mergePreview(plan: MergePlan): MergePreview {
  return { counts: addedCounts(plan), documentsMatched: plan.documentsMatched, codesByName: plan.codesByName, conflicts: plan.conflicts, codeLabels: plan.codeLabels };
}
