import type { Id, IsoTimestamp } from './ids';

/** W3C Web Annotation TextPositionSelector: UTF-16 offsets into the document text, end exclusive. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** W3C Web Annotation TextQuoteSelector: the quote with some context, to re-anchor after edits. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** How strongly a piece of evidence supports its codes. */
export const EVIDENCE_STRENGTHS = ['strong', 'moderate', 'weak'] as const;
export type EvidenceStrength = (typeof EVIDENCE_STRENGTHS)[number];

/** Whether a piece of evidence promotes (supports) or hinders (contradicts) what its codes stand for. */
export const EVIDENCE_DIRECTIONS = ['promoting', 'hindering'] as const;
export type EvidenceDirection = (typeof EVIDENCE_DIRECTIONS)[number];

/** The evaluator's judgement of one piece of evidence, shared by text segments and coded table data. */
export interface EvidenceJudgement {
  memo: string;
  strength: EvidenceStrength | null;
  direction: EvidenceDirection | null;
  /** Who coded it (the coder's name as set in Settings). */
  coder: string;
}

/** A coded passage of a document: the evidence unit that every finding traces back to. */
export interface Segment extends EvidenceJudgement {
  id: Id;
  evaluationId: Id;
  documentId: Id;
  /**
   * The project the passage is about: the document's project, or, in a document of the programme as a
   * whole, the project the evaluator says it is about (null: about the programme).
   */
  projectId: Id | null;
  position: TextPositionSelector;
  quote: TextQuoteSelector;
  /** The codes applied; a segment left with no code is kept and listed as uncoded. */
  codeIds: Id[];
  /** Marked "I rapporten" by the evaluator: the report quotes it (absent: false). */
  inReport?: boolean;
  /** The passage's memo goes into the report with the quote (absent: false; memos never go in otherwise). */
  memoInReport?: boolean;
  /**
   * A passage of the shared coding (absent: false): the coders' disagreements resolved into one coding
   * (shared/coding/resolveDisagreement.ts). Its `codeIds` are the codes kept there, `droppedCodeIds` those
   * decided against; its `coder` is who resolved. The coders' own passages stay as they were, so the
   * agreement before resolution can always be computed again.
   */
  consensus?: boolean;
  /** On a passage of the shared coding: the codes the evaluator decided the coders' disagreement against (absent: none). */
  droppedCodeIds?: Id[];
  createdAt: IsoTimestamp;
  updatedAt: IsoTimestamp;
}
