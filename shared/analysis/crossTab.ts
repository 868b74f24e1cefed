import type { Code } from '../domain/code';
import { evidencePredicate, type EvidenceItem, type FilterContext } from './evidenceItem';
import { frameworkTree } from './frameworkTree';
import { EMPTY_MATRIX_FILTER, projectPasses, type MatrixFilter } from './matrixFilter';
import { attributeColumns, projectInColumn, type AttributeColumn, type RegisterAttribute } from './registerAttribute';

/** The evidence of one code in one column. */
export interface CrossTabCell {
  passages: number;
  rows: number;
  /** The projects with evidence here, sorted. */
  projectIds: string[];
  /** The projects (passing the filter) that have the column's value: the denominator of the share. */
  projectsWithValue: number;
}

export interface CrossTabRow {
  code: Code;
  depth: number;
  /** One per column, in the order of `columns`. */
  cells: CrossTabCell[];
  /** All the code's evidence passing the filter, projectless table rows included. */
  total: CrossTabCell;
}

export interface CrossTab {
  columns: AttributeColumn[];
  rows: CrossTabRow[];
  /** Evidence of the framework's codes with no project (unmatched table rows): in the total, in no column. */
  withoutProject: number;
}

export interface CrossTabOptions {
  /**
   * false (the default): a code counts the evidence coded with it. true: a code counts the evidence coded
   * with it or with any code below it, each piece once.
   */
  subtree: boolean;
}

/** The share of projects: projects with evidence over projects with the value (0 when none have it). */
export function projectShare(cell: Pick<CrossTabCell, 'projectIds' | 'projectsWithValue'>): number {
  return cell.projectsWithValue === 0 ? 0 : cell.projectIds.length / cell.projectsWithValue;
}

/**
 * Codes of a framework (rows, in tree order) by a register attribute (columns: its values and "utan
 * värde"). A piece of evidence counts in the columns its project belongs to (a project of several
 * municipalities or years in each); evidence passes the matrix filter first. Per cell: passages, table
 * rows, the projects with evidence and how many projects have the value.
 */
export function crossTab(codes: readonly Code[], frameworkId: string | null, attribute: RegisterAttribute, items: Iterable<EvidenceItem>, context: FilterContext, filter: MatrixFilter = EMPTY_MATRIX_FILTER, options: CrossTabOptions = { subtree: false }): CrossTab {
  const tree = frameworkTree(codes, frameworkId);
  const projects = context.projects.filter((p) => projectPasses(filter, p));
  const columns = attributeColumns(attribute, projects);
  const columnsOf = new Map(projects.map((p) => [p.id, columns.flatMap((column, index) => (projectInColumn(attribute, column, p) ? [index] : []))]));
  const withValue = columns.map((_, index) => projects.filter((p) => columnsOf.get(p.id)?.includes(index)).length);
  const newCell = (projectsWithValue: number): CrossTabCell => ({ passages: 0, rows: 0, projectIds: [], projectsWithValue });
  const rows: CrossTabRow[] = tree.map(({ code, depth }) => ({ code, depth, cells: withValue.map(newCell), total: newCell(projects.length) }));

  // Which rows a code's evidence counts in: its own, and with `subtree` its ancestors' in the framework.
  const rowIndex = new Map(rows.map((row, index) => [row.code.id, index]));
  const rowsOf = new Map<string, number[]>();
  for (const row of rows) {
    const targets: number[] = [];
    let code: Code | undefined = row.code;
    const seen = new Set<string>();
    while (code && !seen.has(code.id)) {
      seen.add(code.id);
      const index = rowIndex.get(code.id);
      if (index !== undefined) targets.push(index);
      if (!options.subtree) break;
      code = code.parentId === null ? undefined : rows[rowIndex.get(code.parentId) ?? -1]?.code;
    }
    rowsOf.set(row.code.id, targets);
  }

  const passes = evidencePredicate(filter, context);
  const projectSets = rows.map((row) => ({ cells: row.cells.map(() => new Set<string>()), total: new Set<string>() }));
  let withoutProject = 0;
  for (const item of items) {
    const hit = new Set<number>();
    for (const codeId of item.codeIds) for (const index of rowsOf.get(codeId) ?? []) hit.add(index);
    if (hit.size === 0 || !passes(item)) continue;
    const inColumns = item.projectId === null ? [] : (columnsOf.get(item.projectId) ?? []);
    if (item.projectId === null) withoutProject += 1;
    for (const index of hit) {
      const row = rows[index] as CrossTabRow;
      const sets = projectSets[index] as (typeof projectSets)[number];
      const add = (cell: CrossTabCell, set: Set<string>) => {
        if (item.kind === 'passage') cell.passages += 1;
        else cell.rows += 1;
        if (item.projectId !== null) set.add(item.projectId);
      };
      add(row.total, sets.total);
      for (const column of inColumns) add(row.cells[column] as CrossTabCell, sets.cells[column] as Set<string>);
    }
  }
  rows.forEach((row, index) => {
    const sets = projectSets[index] as (typeof projectSets)[number];
    row.total.projectIds = [...sets.total].sort();
    row.cells.forEach((cell, column) => (cell.projectIds = [...(sets.cells[column] as Set<string>)].sort()));
  });
  return { columns, rows, withoutProject };
}
