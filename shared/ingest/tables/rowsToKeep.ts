/**
 * Which rows of a read table are stored: the rule the import dialog shows and the table worker applies.
 * Problems that change nothing in the rows need no say-so; rows with an unreadable-row problem are left
 * out once the evaluator has agreed to skip them.
 */
import type { ReadTable, TableProblem, TableProblemCode } from './tableTypes';
import type { CellValue } from '../../domain/tableValues';
import { selectRows, type TableCells } from '../../domain/tableCells';
import type { KeptRows } from '../../domain/datasetRowPiece';

/** Problems that change nothing in the rows: the table can be saved without the user's say-so. */
const HARMLESS: readonly TableProblemCode[] = ['headerRenamed', 'preambleSkipped', 'mixedLineEndings', 'decodedAsWindows1252', 'mixedEncodings'];
/** Problems that make a row unreadable: with "skip" ticked, such rows are left out. */
const UNREADABLE: readonly TableProblemCode[] = ['raggedRow', 'unclosedQuote'];

/** Whether the user must tick "skip unreadable rows" before the table can be saved. */
export function needsSkipConsent(problems: readonly TableProblem[]): boolean {
  return problems.some((problem) => !HARMLESS.includes(problem.code));
}

/** The rows to store: every row, less those on a line with an unreadable-row problem. */
export function rowsToKeep(table: Pick<ReadTable, 'rows' | 'rowLines' | 'problems'>): { values: CellValue[]; line: number }[] {
  const bad = unreadableLines(table.problems);
  const kept: { values: CellValue[]; line: number }[] = [];
  table.rows.forEach((values, index) => {
    const line = table.rowLines[index] ?? index + 1;
    if (!bad.has(line)) kept.push({ values, line });
  });
  return kept;
}

/** The lines with an unreadable-row problem. */
function unreadableLines(problems: readonly TableProblem[]): Set<number | null> {
  return new Set(problems.filter((problem) => UNREADABLE.includes(problem.code) && problem.line !== null).map((problem) => problem.line));
}

/** rowsToKeep on a table's cells: the same rows, column by column (the cells themselves when every row is kept). */
export function cellsToKeep(table: { cells: TableCells; rowLines: readonly number[]; problems: readonly TableProblem[] }): KeptRows {
  const bad = unreadableLines(table.problems);
  const { cells, rowLines } = table;
  if (bad.size === 0 && rowLines.length >= cells.rowCount) return { cells, lines: rowLines.slice(0, cells.rowCount) };
  const lines: number[] = [];
  const keep: number[] = [];
  for (let r = 0; r < cells.rowCount; r++) {
    const line = rowLines[r] ?? r + 1;
    if (bad.has(line)) continue;
    keep.push(r);
    lines.push(line);
  }
  return { cells: keep.length === cells.rowCount ? cells : selectRows(cells, keep), lines };
}

/** How many problems of each kind, for the summary above the list. */
export function countProblems(problems: readonly TableProblem[]): { skipped: number; mismatched: number } {
  return {
    skipped: problems.filter((problem) => UNREADABLE.includes(problem.code)).length,
    mismatched: problems.filter((problem) => problem.code === 'typeMismatch').length,
  };
}
