import type { CellValue, ColumnType } from '../../../shared/domain/tableValues';

/** Which way a column is sorted. */
export type SortDirection = 'asc' | 'desc';

export interface SortState {
  /** A column of the dataset, or 'project' for the project column. */
  column: number | 'project';
  direction: SortDirection;
}

const collator = new Intl.Collator('sv', { numeric: true, sensitivity: 'base' });

function isEmpty(value: CellValue | undefined): boolean {
  return value === null || value === undefined || value === '';
}

/**
 * Compares two cells of one column ascending: numbers numerically, booleans false before true, text and
 * dates with Swedish collation. Empty cells are not ordered here (see compareForSort: they go last).
 */
export function compareValues(a: CellValue, b: CellValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  if (typeof a === 'number' && typeof b !== 'number') return -1;
  if (typeof b === 'number' && typeof a !== 'number') return 1;
  return collator.compare(String(a), String(b));
}

/** A comparator for one direction that always puts empty cells last, whatever the direction. */
export function compareForSort(a: CellValue | undefined, b: CellValue | undefined, direction: SortDirection): number {
  const emptyA = isEmpty(a);
  const emptyB = isEmpty(b);
  if (emptyA || emptyB) return emptyA === emptyB ? 0 : emptyA ? 1 : -1;
  const order = compareValues(a as CellValue, b as CellValue);
  return direction === 'asc' ? order : -order;
}

export interface GridRow {
  id: string;
  index: number;
  values: CellValue[];
  projectId: string | null;
}

/** The order of a sort (file order without one; equal cells keep file order). */
export function rowOrder<R extends GridRow>(sort: SortState | null, projectName: (projectId: string | null) => string | null): (a: R, b: R) => number {
  if (sort === null) return (a, b) => a.index - b.index;
  const cell = (row: R): CellValue => (sort.column === 'project' ? projectName(row.projectId) : (row.values[sort.column] ?? null));
  return (a, b) => compareForSort(cell(a), cell(b), sort.direction) || a.index - b.index;
}

/** The rows sorted by one column (stable: equal cells keep file order); a new array. */
export function sortRows<R extends GridRow>(rows: readonly R[], sort: SortState | null, projectName: (projectId: string | null) => string | null): R[] {
  return [...rows].sort(rowOrder(sort, projectName));
}

/** The next sort when a column header is clicked: ascending, then descending, then ascending again. */
export function nextSort(current: SortState | null, column: number | 'project'): SortState {
  if (current && current.column === column) return { column, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { column, direction: 'asc' };
}

/** Lower case with every kind of space as a plain one, so `1 250` finds `1\u00a0250`. */
export function foldForSearch(text: string): string {
  return text.toLocaleLowerCase('sv').replace(/[\s\u00a0\u202f]+/g, ' ');
}

/** The project filter: every row, the rows of one project, or the rows without a project. */
export type ProjectFilter = { kind: 'all' } | { kind: 'none' } | { kind: 'project'; projectId: string };

/**
 * A row's cells as shown, folded for search and each ended by U+0000 (which no typed needle holds, so
 * one never matches across two cells): made once per row and kept, since making it is most of a search.
 */
export function rowSearchText(row: GridRow, show: (value: CellValue, column: number) => string): string {
  let text = '';
  row.values.forEach((value, column) => {
    if (value !== null) text += `${show(value, column)}\u0000`;
  });
  return foldForSearch(text);
}

/**
 * What `make` gives for a row, made once per row object. A Map, not a WeakMap: 100,000 weak entries made
 * the garbage collector's pauses long; the map goes with the function (a new needle, new columns).
 */
export function keptPerRow<R extends object, T>(make: (row: R) => T): (row: R) => T {
  const kept = new Map<R, T>();
  return (row) => {
    if (kept.has(row)) return kept.get(row) as T;
    const value = make(row);
    kept.set(row, value);
    return value;
  };
}

/** Project names folded for search, each folded once. */
export function projectTextsBy(projectName: (projectId: string | null) => string | null): (projectId: string | null) => string {
  const names = new Map<string | null, string>();
  return (id) => {
    let found = names.get(id);
    if (found === undefined) {
      found = foldForSearch(projectName(id) ?? '');
      names.set(id, found);
    }
    return found;
  };
}

/**
 * Whether a row passes the filters (see filterRows), given the folded needle, the row's search text and
 * its project's name folded.
 */
export function rowPasses<R extends GridRow>(row: R, needle: string, project: ProjectFilter, searchText: (row: R) => string, projectText: (projectId: string | null) => string): boolean {
  if (project.kind === 'none' && row.projectId !== null) return false;
  if (project.kind === 'project' && row.projectId !== project.projectId) return false;
  if (needle === '') return true;
  if (projectText(row.projectId).includes(needle)) return true;
  return searchText(row).includes(needle);
}

/**
 * The rows that pass the filters: the project filter, and a text that must occur (case-insensitive) in
 * any cell as shown or in the row's project name.
 */
export function filterRows<R extends GridRow>(
  rows: readonly R[],
  text: string,
  project: ProjectFilter,
  show: (value: CellValue, column: number) => string,
  projectName: (projectId: string | null) => string | null,
): R[] {
  const needle = foldForSearch(text.trim());
  return rows.filter((row) => rowPasses(row, needle, project, (r) => rowSearchText(r, show), (id) => foldForSearch(projectName(id) ?? '')));
}

/** The rows to render of a virtual list with fixed row height, and the spacers around them. */
export interface VirtualWindow {
  start: number;
  /** One past the last row to render. */
  end: number;
  /** Height of the spacer above the rendered rows. */
  before: number;
  /** Height of the spacer below them. */
  after: number;
}

export function virtualWindow(scrollTop: number, viewportHeight: number, rowHeight: number, count: number, overscan = 8): VirtualWindow {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0, before: 0, after: 0 };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const visible = Math.ceil(Math.max(0, viewportHeight) / rowHeight) + 1;
  const start = Math.min(count, Math.max(0, first - overscan));
  const end = Math.min(count, first + visible + overscan);
  const startClamped = Math.min(start, end);
  return { start: startClamped, end, before: startClamped * rowHeight, after: (count - end) * rowHeight };
}

/** The scrollTop that brings row `index` into a viewport (unchanged when it is already in view). */
export function scrollToRow(index: number, scrollTop: number, viewportHeight: number, rowHeight: number, headerHeight = 0): number {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  const visibleHeight = viewportHeight - headerHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + visibleHeight) return bottom - visibleHeight;
  return scrollTop;
}

/** Whether a column's cells are right-aligned numbers. */
export function isNumericType(type: ColumnType): boolean {
  return type === 'integer' || type === 'decimal' || type === 'percent';
}
