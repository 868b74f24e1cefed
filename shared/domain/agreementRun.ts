import type { Id, IsoTimestamp } from './ids';

/**
 * What inter-coder agreement compares: whether each document has a code, whether each paragraph (a block
 * of the text model) has it, or each character (as NVivo counts coverage).
 */
export const AGREEMENT_UNITS = ['document', 'paragraph', 'character'] as const;
export type AgreementUnit = (typeof AGREEMENT_UNITS)[number];

/** The figures of one code (or of all codes together): null where a figure is undefined for the data. */
export interface AgreementFigures {
  /** Units compared (characters for the character unit); a unit is counted once per code. */
  units: number;
  /** Units where the coders differ. */
  disagreements: number;
  /** Percent agreement as a share (0-1). */
  percent: number | null;
  /** Cohen's kappa, only with two coders. */
  kappa: number | null;
  /** Krippendorff's alpha, nominal. */
  alpha: number | null;
}

/** The figures per code and over all codes, for one state of the coding. */
export interface AgreementResult {
  overall: AgreementFigures;
  codes: (AgreementFigures & { codeId: Id })[];
}

/**
 * A measurement of inter-coder agreement the evaluator kept ("Spara mätningen", schema v13): the unit,
 * the coders and documents compared, and the figures before resolving disagreements (the coders' own
 * coding) and after (with the shared coding's decisions applied), for the report's method section.
 */
export interface AgreementRun {
  id: Id;
  evaluationId: Id;
  unit: AgreementUnit;
  coders: string[];
  documentIds: Id[];
  before: AgreementResult;
  after: AgreementResult;
  /** Disagreements resolved into the shared coding when the run was kept, and those still open. */
  resolved: number;
  open: number;
  createdAt: IsoTimestamp;
}
