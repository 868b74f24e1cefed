import { MATRIX_COLUMNS, type MatrixCell } from '../domain/code';
import type { ProjectLevel } from '../domain/project';

/** The levels of the results matrix in the order the programme presents them: national first. */
export const MATRIX_LEVEL_ORDER: readonly ProjectLevel[] = ['nationell', 'regional', 'lokal'];

/** The six cells of the results matrix, level by level, results before effects. */
export const MATRIX_CELLS: readonly MatrixCell[] = MATRIX_LEVEL_ORDER.flatMap((level) =>
  MATRIX_COLUMNS.map((column) => ({ level, column })),
);

/** The position of a cell in `MATRIX_CELLS`, or -1 for a cell that is not part of the matrix. */
export function matrixCellIndex(cell: MatrixCell): number {
  const levelIndex = MATRIX_LEVEL_ORDER.indexOf(cell.level);
  const columnIndex = MATRIX_COLUMNS.indexOf(cell.column);
  if (levelIndex < 0 || columnIndex < 0) return -1;
  return levelIndex * MATRIX_COLUMNS.length + columnIndex;
}
