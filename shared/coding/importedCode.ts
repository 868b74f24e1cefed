import type { CodeTexts, MatrixCell } from '../domain/code';

/**
 * One code read from a REFI-QDA file, in document order (every parent before its children), ready to be
 * made into the evaluation's codes. The texts of CodeTexts are Spårbar's own when the code was written by
 * Spårbar (`sparbar`), else the code's name is both labels and its description both definitions.
 */
export interface ImportedCode extends CodeTexts {
  /** The code's GUID as in the file, without braces and in lower case. */
  guid: string;
  /** The GUID of the code it is nested in, or null at the top. */
  parentGuid: string | null;
  /** Spårbar's id of the code: the original id when Spårbar wrote it, else the GUID. Unique in the result. */
  id: string;
  /** The `id` of the code it is nested in, or null at the top. */
  parentId: string | null;
  /** Spårbar's order when Spårbar wrote it, else the position among its siblings (from 0). */
  order: number;
  /** The name as the file gives it (the untitled name when it gives none). */
  name: string;
  /** `#rrggbb` in lower case: the file's colour, or a default when it has none or an unreadable one. */
  colour: string;
  /** The description as other programs show it, without Spårbar's data trailer; '' when none. */
  description: string;
  /** False for a folder of the other program (a code that cannot be coded with). */
  isCodable: boolean;
  frameworkId: string | null;
  frameworkCodeId: string | null;
  matrixCell: MatrixCell | null;
  shortcut: string | null;
  createdAt: string | null;
  /** True when the code carried readable Spårbar data, so that every field above is Spårbar's own. */
  sparbar: boolean;
}
