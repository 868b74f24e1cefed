import type { Id, IsoTimestamp } from './ids';
import type { ProjectLevel } from './project';

/** The two columns of the results matrix that evidence is coded to. */
export const MATRIX_COLUMNS = ['results', 'effects'] as const;
export type MatrixColumn = (typeof MATRIX_COLUMNS)[number];

/** Where a code sits in the results matrix, when it belongs to one. */
export interface MatrixCell {
  level: ProjectLevel;
  column: MatrixColumn;
}

/** What a code says, in Swedish and English: its label, definition, notes and example. */
export interface CodeTexts {
  labelSv: string;
  labelEn: string;
  definitionSv: string;
  definitionEn: string;
  /** What counts as this code, and what does not (and which code to use instead). */
  inclusionSv: string;
  inclusionEn: string;
  exclusionSv: string;
  exclusionEn: string;
  /** A short example quote. */
  exampleSv: string;
  exampleEn: string;
}

/** The fields of CodeTexts, in their order. */
export const CODE_TEXT_FIELDS = [
  'labelSv',
  'labelEn',
  'definitionSv',
  'definitionEn',
  'inclusionSv',
  'inclusionEn',
  'exclusionSv',
  'exclusionEn',
  'exampleSv',
  'exampleEn',
] as const satisfies readonly (keyof CodeTexts)[];

/** A code that says nothing yet. */
export const EMPTY_CODE_TEXTS: Readonly<CodeTexts> = Object.freeze(Object.fromEntries(CODE_TEXT_FIELDS.map((field) => [field, ''])) as unknown as CodeTexts);

/** Just the texts of a code (or of anything that carries them). */
export function codeTextsOf(source: CodeTexts): CodeTexts {
  return Object.fromEntries(CODE_TEXT_FIELDS.map((field) => [field, source[field]])) as unknown as CodeTexts;
}

/**
 * A code of an evaluation's own codebook. Codes are copied from a framework when the evaluation is
 * created and belong to the evaluation from then on.
 */
export interface Code extends CodeTexts {
  id: Id;
  evaluationId: Id;
  /** The framework the code was copied from, e.g. `results-matrix`. */
  frameworkId: string | null;
  /** The id of the code within its framework, stable across evaluations. */
  frameworkCodeId: string | null;
  parentId: Id | null;
  /** Set on the codes that stand for a category of the results matrix. */
  matrixCell: MatrixCell | null;
  /** Hex colour, e.g. `#4f7cac`. */
  colour: string;
  /** A single key (0-9 or a-z) that applies the code to the selection, or null. */
  shortcut: string | null;
  order: number;
  createdAt: IsoTimestamp;
}
