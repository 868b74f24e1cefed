import type { CellValue } from './tableValues';

/**
 * A table's typed cells column by column (a stored piece keeps them so too, a number column since schema
 * v15 as scaled integers where it can: storedNumbers.ts). A column of numbers is a
 * NUMBER COLUMN: a Float64Array whose NaN marks an empty cell (no table value is NaN: a number cell is a
 * number read from the file, and every reader maps NaN to null), so a column of 100,000 decimals is one
 * block of 800 kB, not 100,000 heap numbers, and IndexedDB clones it as one block of bytes. Every other
 * column (text, dates, booleans, a mix) holds its values. Readers go through `columnCell` / `cellAt` /
 * `rowValues`, which give the values a row-major table gave (null for an empty number cell).
 */
export type ColumnValues = Float64Array | CellValue[];

/** What stands for an empty cell in a number column. */
export const EMPTY_NUMBER = Number.NaN;

export interface TableCells {
  rowCount: number;
  /** `columns[c]` holds cell c of every row (rowCount values). */
  columns: ColumnValues[];
}

export function isNumberColumn(column: ColumnValues): column is Float64Array {
  return column instanceof Float64Array;
}

/** Cell r of a column, as a table value: a number column's NaN is null, a cell past its end is null. */
export function columnCell(column: ColumnValues, r: number): CellValue {
  const value = column[r];
  if (value === undefined) return null;
  return typeof value === 'number' && value !== value ? null : value;
}

export function cellAt(cells: TableCells, r: number, c: number): CellValue {
  const column = cells.columns[c];
  return column === undefined ? null : columnCell(column, r);
}

/** Row r's values, one a column. */
export function rowValues(cells: TableCells, r: number): CellValue[] {
  const width = cells.columns.length;
  const values = new Array<CellValue>(width);
  for (let c = 0; c < width; c++) values[c] = columnCell(cells.columns[c] as ColumnValues, r);
  return values;
}

/** Rows from..to-1 (all by default) as row arrays. */
export function cellsToRows(cells: TableCells, from = 0, to = cells.rowCount): CellValue[][] {
  const rows = new Array<CellValue[]>(Math.max(0, to - from));
  for (let r = from; r < to; r++) rows[r - from] = rowValues(cells, r);
  return rows;
}

/**
 * The column as a number column when every value is a number or null and at least one is a number (NaN
 * counts as empty); null otherwise.
 */
export function numberColumnOf(values: readonly CellValue[]): Float64Array | null {
  let numbers = 0;
  for (const value of values) {
    if (typeof value === 'number') numbers++;
    else if (value !== null) return null;
  }
  if (numbers === 0) return null;
  const column = new Float64Array(values.length);
  for (let r = 0; r < values.length; r++) {
    const value = values[r];
    column[r] = typeof value === 'number' ? value : EMPTY_NUMBER;
  }
  return column;
}

/** A column's values as kept: a number column where it can be one, else the values. */
export function compactColumn(values: CellValue[]): ColumnValues {
  return numberColumnOf(values) ?? values;
}

/** Row arrays as cells, `width` columns wide (the widest row by default; a short row's missing cells are null). */
export function cellsFromRows(rows: readonly (readonly CellValue[])[], width = rows.reduce((w, row) => Math.max(w, row.length), 0)): TableCells {
  const columns: ColumnValues[] = [];
  for (let c = 0; c < width; c++) {
    const values: CellValue[] = [];
    for (const row of rows) values.push(row[c] ?? null);
    columns.push(compactColumn(values));
  }
  return { rowCount: rows.length, columns };
}

/** Only the rows `keep` lists (ascending), in that order. */
export function selectRows(cells: TableCells, keep: readonly number[]): TableCells {
  const columns = cells.columns.map((column): ColumnValues => {
    if (isNumberColumn(column)) return Float64Array.from(keep, (r) => column[r] as number);
    const values: CellValue[] = [];
    for (const r of keep) values.push(columnCell(column, r));
    return values;
  });
  return { rowCount: keep.length, columns };
}
