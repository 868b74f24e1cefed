import type { Code, MatrixColumn } from '../domain/code';
import type { ProjectLevel } from '../domain/project';
import type { Segment } from '../domain/segment';
import { MATRIX_CELLS, matrixCellIndex } from './matrixCells';

/** One category of a matrix cell and the number of segments coded to it. */
export interface MatrixCategoryCount {
  code: Code;
  /** Segments carrying the code (a segment that lists the code twice counts once). */
  count: number;
}

/** The evidence of one cell of the results matrix. */
export interface MatrixCellCounts {
  level: ProjectLevel;
  column: MatrixColumn;
  /** Every code of the cell, by `order`, including those without evidence. */
  categories: MatrixCategoryCount[];
  /** Distinct segments in the cell: a segment with two codes of the cell counts once. */
  total: number;
}

export interface MatrixCounts {
  /** All six cells, levels nationell, regional, lokal; within a level results, then effects. */
  cells: MatrixCellCounts[];
  /** Distinct segments with at least one code of the matrix. */
  total: number;
}

function byOrder(a: Code, b: Code): number {
  return a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Anything coded: a text segment, or a coded table row or cell. */
export type CodedEvidence = Pick<Segment, 'codeIds'>;

/**
 * Counts the evidence per cell and category of the results matrix in one pass over the coded items
 * (text segments and coded table rows alike). Code ids that are unknown or belong to no cell are ignored.
 */
export function countMatrixEvidence(codes: readonly Code[], segments: readonly CodedEvidence[]): MatrixCounts {
  const cells: MatrixCellCounts[] = MATRIX_CELLS.map((cell) => ({
    level: cell.level,
    column: cell.column,
    categories: [],
    total: 0,
  }));
  const matrixCodes = codes.filter((code) => code.matrixCell !== null).sort(byOrder);
  const categoryOf = new Map<string, { cellIndex: number; category: MatrixCategoryCount }>();
  for (const code of matrixCodes) {
    if (code.matrixCell === null || categoryOf.has(code.id)) continue;
    const cellIndex = matrixCellIndex(code.matrixCell);
    const cell = cells[cellIndex];
    if (cell === undefined) continue;
    const category: MatrixCategoryCount = { code, count: 0 };
    cell.categories.push(category);
    categoryOf.set(code.id, { cellIndex, category });
  }

  let total = 0;
  for (const segment of segments) {
    const codeIds = segment.codeIds;
    // Six cells fit in a bit mask: which cells this segment has already been counted in.
    let cellMask = 0;
    for (let i = 0; i < codeIds.length; i += 1) {
      const codeId = codeIds[i] as string;
      const entry = categoryOf.get(codeId);
      if (entry === undefined) continue;
      if (i > 0 && codeIds.indexOf(codeId) < i) continue;
      entry.category.count += 1;
      const bit = 1 << entry.cellIndex;
      if ((cellMask & bit) === 0) {
        cellMask |= bit;
        (cells[entry.cellIndex] as MatrixCellCounts).total += 1;
      }
    }
    if (cellMask !== 0) total += 1;
  }
  return { cells, total };
}

/** The counts of one cell, looked up by level and column. */
export function cellCounts(counts: MatrixCounts, level: ProjectLevel, column: MatrixColumn): MatrixCellCounts | undefined {
  return counts.cells.find((cell) => cell.level === level && cell.column === column);
}
