import type { Code } from '../domain/code';
import { crossTab } from './crossTab';
import type { EvidenceItem, FilterContext } from './evidenceItem';
import { EMPTY_MATRIX_FILTER, type MatrixFilter } from './matrixFilter';

/** A code of a framework (in tree order, with its depth) and its evidence: passages and table rows. */
export interface CodeEvidence {
  code: Code;
  depth: number;
  evidence: number;
}

/**
 * The evidence of every code of a framework under the filter, in tree order: what is coded with the code
 * itself, or with `subtree` also with the codes below it (each piece once). The cross-tab's total column.
 */
export function evidencePerCode(codes: readonly Code[], frameworkId: string | null, items: Iterable<EvidenceItem>, context: FilterContext, filter: MatrixFilter = EMPTY_MATRIX_FILTER, subtree = false): CodeEvidence[] {
  return crossTab(codes, frameworkId, { kind: 'level' }, items, context, filter, { subtree }).rows.map((row) => ({ code: row.code, depth: row.depth, evidence: row.total.passages + row.total.rows }));
}
