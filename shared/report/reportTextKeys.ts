import { MATRIX_CELLS } from '../analysis/matrixCells';
import { MATRIX_FRAMEWORK_ID } from '../domain/ratingScales';
import type { ReportSectionId, ReportTextKey } from '../domain/reportSettings';

/**
 * The evaluator's text fields of a section, in the order the report sets them: the results take one per
 * cell of the matrix (levels as the report orders them) and the map check, the factors one per factor
 * framework the evaluation judges (`factorFrameworkIds`, the results matrix left out).
 */
export function sectionTextKeys(section: ReportSectionId, factorFrameworkIds: readonly string[]): ReportTextKey[] {
  switch (section) {
    case 'summary':
      return ['summary'];
    case 'introduction':
      return ['introduction.purpose'];
    case 'method':
      return ['method.limitations'];
    case 'results':
      return [...MATRIX_CELLS.map((cell): ReportTextKey => `results.${cell.level}.${cell.column}`), 'results.map'];
    case 'factors':
      return factorFrameworkIds.filter((id) => id !== MATRIX_FRAMEWORK_ID).map((id): ReportTextKey => `factors.${id}`);
    case 'notReached':
      return ['notReached'];
    case 'conclusions':
      return ['conclusions'];
    case 'titlePage':
    case 'contents':
    case 'appendices':
      return [];
  }
}
