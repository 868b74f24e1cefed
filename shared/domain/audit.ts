import type { Id, IsoTimestamp } from './ids';

/** What an entry of the audit log records. */
export const AUDIT_ACTIONS = [
  'code',
  'uncode',
  'autoCode',
  'judge',
  'setPassageProject',
  'adjustRange',
  'deleteSegment',
  'codeData',
  'uncodeData',
  'judgeData',
  'addCode',
  'editCode',
  'moveCode',
  'mergeCodes',
  'deleteCode',
  'importCodebook',
  'judgeCriterion',
  'linkEvidence',
  'addFinding',
  'editFinding',
  'linkFinding',
  'moveFinding',
  'deleteFinding',
  'addRecommendation',
  'editRecommendation',
  'moveRecommendation',
  'deleteRecommendation',
  'editScale',
  'editDocument',
  'markTwin',
  'unmarkTwin',
  'editReport',
  'markForReport',
  'resolveDisagreement',
  'saveAgreementRun',
  'importDocument',
  'deleteDocument',
  'importDataset',
  'replaceDataset',
  'deleteDataset',
  'importRegister',
  'undoRegisterImport',
  'deleteProject',
  'mergeFile',
  'assignCoders',
  'undo',
  'redo',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One line of an evaluation's audit log: who did what, when, to which segments and codes. */
export interface AuditEntry {
  id: Id;
  evaluationId: Id;
  at: IsoTimestamp;
  coder: string;
  action: AuditAction;
  /** For undo and redo: the action undone or redone. */
  of: AuditAction | null;
  codeIds: Id[];
  segmentIds: Id[];
  dataCodingIds: Id[];
  /** A short human text, e.g. the code's label and the start of the quote, kept as it was at the time. */
  summary: string;
}
