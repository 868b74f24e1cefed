/** The values a table's columns and cells hold, as read from CSV or .xlsx and kept in a dataset. */

export const COLUMN_TYPES = ['integer', 'decimal', 'percent', 'date', 'datetime', 'boolean', 'text'] as const;
/**
 * integer/decimal/percent hold numbers (percent as written: `12 %` → 12), date `YYYY-MM-DD`, datetime
 * `YYYY-MM-DDTHH:mm` (`YYYY-MM-DDTHH:mm:ss` when the file gives seconds).
 */
export type ColumnType = (typeof COLUMN_TYPES)[number];

/** A typed cell: a number, an ISO date or date-time string, a boolean, text, or null for an empty cell (never 0). */
export type CellValue = number | string | boolean | null;

export interface TableColumn {
  /** Unique, non-empty name (duplicates get " (2)", empty ones "Kolumn 3"). */
  name: string;
  /** The header as written in the file (may be empty or repeated). */
  originalName: string;
  type: ColumnType;
}
