import { evidencePredicate, type EvidenceItem, type FilterContext } from './evidenceItem';
import { EMPTY_MATRIX_FILTER, same, type MatrixFilter } from './matrixFilter';
import { projectValues, type RegisterAttribute } from './registerAttribute';

/**
 * The evidence a count leads to: passing the matrix filter and, with `without`, of a project that has no
 * value of that register attribute (the cross-tab's "utan värde"; evidence of no project drops out).
 */
export function drillDownPredicate(filter: MatrixFilter | null, without: RegisterAttribute | null, context: FilterContext): (item: Pick<EvidenceItem, 'projectId' | 'documentId' | 'coder'>) => boolean {
  const passes = evidencePredicate(filter ?? EMPTY_MATRIX_FILTER, context);
  if (without === null) return passes;
  const blank = new Set(context.projects.filter((p) => projectValues(without, p).length === 0).map((p) => p.id));
  return (item) => item.projectId !== null && blank.has(item.projectId) && passes(item);
}

/**
 * The filter a cross-tab cell's quotes are listed under: the analysis' filter with the column's value
 * added. Null when the filter already has a different condition on the same field (one attribute, one
 * period range), which one filter cannot hold at once; then the count leads nowhere.
 */
export function columnFilter(filter: MatrixFilter, condition: Partial<MatrixFilter>): MatrixFilter | null {
  for (const [key, value] of Object.entries(condition) as [keyof MatrixFilter, string][]) {
    if (filter[key] !== '' && !same(filter[key], value)) return null;
  }
  return { ...filter, ...condition };
}
