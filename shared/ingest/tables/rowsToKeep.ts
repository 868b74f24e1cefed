/**
 * Which rows of a read table are stored: the rule the import dialog shows and the table worker applies.
 * Problems that change nothing in the rows need no say-so; rows with an unreadable-row problem are left
 * out once the evaluator has agreed to skip them.
 */
import type { ReadTable, TableProblem, TableProblemCode } from './tableTypes';
import type { CellValue } from '../../domain/tableValues';

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
  const bad = new Set(table.problems.filter((problem) => UNREADABLE.includes(problem.code) && problem.line !== null).map((problem) => problem.line));
  const kept: { values: CellValue[]; line: number }[] = [];
  table.rows.forEach((values, index) => {
    const line = table.rowLines[index] ?? index + 1;
    if (!bad.has(line)) kept.push({ values, line });
  });
  return kept;
}

/** How many problems of each kind, for the summary above the list. */
export function countProblems(problems: readonly TableProblem[]): { skipped: number; mismatched: number } {
  return {
    skipped: problems.filter((problem) => UNREADABLE.includes(problem.code)).length,
    mismatched: problems.filter((problem) => problem.code === 'typeMismatch').length,
  };
}
