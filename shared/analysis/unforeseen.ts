import type { Code } from '../domain/code';
import { PROJECT_LEVELS, type ProjectLevel } from '../domain/project';

/** The framework the results matrix is copied from. */
export const RESULTS_MATRIX_FRAMEWORK = 'results-matrix';

/** The framework code id of a level's "Oförutsedda resultat" (unforeseen results): `<level>.unforeseen`. */
export function unforeseenFrameworkCodeId(level: ProjectLevel): string {
  return `${level}.unforeseen`;
}

/**
 * The level whose unforeseen results a code stands for, or null. The analysis recognises the category by
 * its framework code id (`<level>.unforeseen` of the results matrix), never by its label, which the
 * evaluator may rename. It is not an expected category: it has no matrix cell.
 */
export function unforeseenLevel(code: Pick<Code, 'frameworkId' | 'frameworkCodeId'>): ProjectLevel | null {
  if (code.frameworkId !== RESULTS_MATRIX_FRAMEWORK || code.frameworkCodeId === null) return null;
  return PROJECT_LEVELS.find((level) => code.frameworkCodeId === unforeseenFrameworkCodeId(level)) ?? null;
}
