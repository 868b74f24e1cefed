/**
 * Tables: the project register, indicator follow-ups and survey results, read from CSV or .xlsx into
 * typed columns. Everything here is pure; the readers take bytes.
 */
import type { CellValue, ColumnType, TableColumn } from '../../domain/tableValues';
import type { TableCells } from '../../domain/tableCells';

export const TABLE_PROBLEM_CODES = [
  /** A row with more or fewer fields than the header ({{line}}, {{fields}}, {{expected}}). */
  'raggedRow',
  /** More ragged rows than were listed one by one ({{count}}: how many more). */
  'raggedRowMore',
  /** Header names that were repeated or empty and were renamed ({{names}}). */
  'headerRenamed',
  /** A value that does not fit its column's type ({{line}}, {{column}}, {{value}}, {{type}}). */
  'typeMismatch',
  /** More values of a column that do not fit its type than were listed one by one ({{column}}, {{count}}, {{type}}). */
  'typeMismatchMore',
  /** A quoted field that never closes ({{line}}). */
  'unclosedQuote',
  /** Lines before the header that were skipped ({{count}}). */
  'preambleSkipped',
  /** Line endings of more than one kind (CRLF and LF) were found. */
  'mixedLineEndings',
  /** The file was not UTF-8 and was read as Windows-1252. */
  'decodedAsWindows1252',
  /** The file mixes UTF-8 and Windows-1252; each part was read in its own encoding. */
  'mixedEncodings',
  /** The file was read as UTF-16 (LE or BE). */
  'decodedAsUtf16',
  /** Bytes that were not valid in the declared encoding were replaced with U+FFFD ({{count}}). */
  'replacementCharacters',
] as const;
export type TableProblemCode = (typeof TABLE_PROBLEM_CODES)[number];

/** Something noticed while reading; `code` is a key under `tableProblem.` in the catalogs. */
export interface TableProblem {
  code: TableProblemCode;
  /** The 1-based line of the file where it applies, when it applies to one. */
  line: number | null;
  values?: Record<string, string | number>;
}

/** How to read a table; every field can be left to detection. */
export interface TableReadOptions {
  fileName: string;
  /** `;` `,` `\t` or `|`; detected when absent. */
  delimiter?: string;
  /** Whether the first row after the preamble is a header; detected when absent. */
  hasHeader?: boolean;
  /** Lines to skip before the header; detected when absent. */
  skipLines?: number;
  /** For .xlsx: the sheet to read (by name); the first when absent. */
  sheet?: string;
  /** Column types chosen by the user, by column index; inferred for the others. */
  types?: Record<number, ColumnType>;
  maxBytes?: number;
  /** Progress from 0 to 1 while reading. */
  onProgress?: (fraction: number) => void;
}

/** A table as read: what was detected, the columns with their types, the typed rows and the problems. */
export interface ReadTable {
  format: 'csv' | 'xlsx';
  /** Detected or declared text encoding (CSV), null for .xlsx. */
  encoding: string | null;
  delimiter: string | null;
  /** The sheets of an .xlsx workbook; null for CSV. */
  sheets: string[] | null;
  sheet: string | null;
  skipLines: number;
  hasHeader: boolean;
  columns: TableColumn[];
  /** The cells as written (strings), row by row. */
  rawRows: string[][];
  /** The typed cells, row by row (same shape as rawRows, padded to the column count). */
  rows: CellValue[][];
  /** The 1-based file line where each row starts (a quoted field may span lines). */
  rowLines: number[];
  problems: TableProblem[];
}

/**
 * A table read column by column (the table worker's shape): its typed cells in `cells` (a number column
 * a Float64Array, see shared/domain/tableCells.ts) instead of row arrays, and `rawRows` only for the
 * first rows asked for (a preview).
 */
export type ReadTableCells = Omit<ReadTable, 'rows'> & { cells: TableCells };
