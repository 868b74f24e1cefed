import type { DatasetRow } from './dataset';
import type { Id } from './ids';
import { idAt, idCount, indexOfId, type PieceIds } from './idRun';
import type { CellValue } from './tableValues';
import { rowIndexAt, rowIndexesOf, type PieceRowIndexes } from './rowIndexRun';
import { storedCell, storedColumn, storedInts, type StoredColumn } from './storedNumbers';
import { compactColumn, type TableCells } from './tableCells';

/**
 * One stored piece of a dataset's rows (schema v12): the rows whose index i has floor(i / ROWS_PER_PIECE)
 * equal to the piece's `index`, kept column by column. One record per row (five index entries each) made
 * storing 100,000 rows take about 7 s in Chromium; 100 column-major records take about 0.25 s and read
 * back in about 0.2 s. Readers and writers see DatasetRow; only the store keeps pieces. Since schema v15 a
 * piece takes about half the bytes: number columns as scaled integers (storedNumbers.ts), consecutive row
 * indexes as a run (rowIndexRun.ts), lines as an Int32Array.
 */
export interface DatasetRowPiece {
  datasetId: Id;
  evaluationId: Id;
  /** The piece's number in its dataset, from 0. */
  index: number;
  /**
   * Each row's index in the dataset, ascending: a list, or (since schema v15, when they follow each other
   * as a new table's do) the run `{ first, count }` (rowIndexRun.ts; read through `rowIndexAt`).
   */
  rowIndexes: PieceRowIndexes;
  /** Each row's id: a list, or (since schema v14, for the rows of a new table) the run they were made as. */
  ids: PieceIds;
  /** Each row's line in its file: since schema v15 an Int32Array when every line is a whole number that fits. */
  lines: number[] | Int32Array;
  keys: (string | null)[];
  rowProjects: (Id | null)[];
  /**
   * The cells column by column: `columns[c][r]` is cell c of row r (null past a row's width). Since schema
   * v14 a column of numbers is a number column (a Float64Array, NaN for an empty cell, see tableCells.ts);
   * since schema v15 a piece keeps it as scaled integers (`{ scale, values }`, Int8/16/32Array) when a
   * scale 0..9 gives every number back exactly, the Float64Array when none does (storedNumbers.ts). A
   * reader takes every shape through `storedCell` / `loadColumn`.
   */
  columns: StoredColumn[];
  /** Each row's number of cells, kept only when the rows are not all `columns.length` wide. */
  widths?: number[];
  /** The distinct projects of the piece's rows (indexed multi-entry, for a project's rows). */
  projectIds: Id[];
}

/** Rows in one piece; row i of a dataset lies in piece floor(i / ROWS_PER_PIECE). */
export const ROWS_PER_PIECE = 1_000;

/** The piece a row index lies in. */
export function pieceOfRow(rowIndex: number): number {
  return Math.floor(rowIndex / ROWS_PER_PIECE);
}

function distinctProjects(projects: readonly (Id | null)[]): Id[] {
  return [...new Set(projects.filter((id): id is Id => id !== null))];
}

/**
 * Builds one piece a row at a time. Every array is filled by push, never made by length: a holey array is
 * cloned into IndexedDB element by element (V8's serializer writes only packed arrays densely), which made
 * storing 100,000 rows take 2.5 times as long.
 */
function pieceBuilder(datasetId: Id, evaluationId: Id, index: number, width: number) {
  const columns: CellValue[][] = [];
  for (let c = 0; c < width; c++) columns.push([]);
  const rowIndexes: number[] = [];
  const ids: Id[] = [];
  const lines: number[] = [];
  const keys: (string | null)[] = [];
  const rowProjects: (Id | null)[] = [];
  const widths: number[] = [];
  let ragged = false;
  return {
    add(rowIndex: number, id: Id, line: number, key: string | null, projectId: Id | null, values: readonly CellValue[]): void {
      rowIndexes.push(rowIndex);
      ids.push(id);
      lines.push(line);
      keys.push(key);
      rowProjects.push(projectId);
      widths.push(values.length);
      if (values.length !== width) ragged = true;
      for (let c = 0; c < width; c++) (columns[c] as CellValue[]).push(c < values.length ? (values[c] ?? null) : null);
    },
    done(): DatasetRowPiece {
      const stored = columns.map((values) => storedColumn(compactColumn(values)));
      const piece: DatasetRowPiece = { datasetId, evaluationId, index, rowIndexes: rowIndexesOf(rowIndexes), ids, lines: storedInts(lines), keys, rowProjects, columns: stored, projectIds: distinctProjects(rowProjects) };
      if (ragged) piece.widths = widths;
      return piece;
    },
  };
}

const widest = (rows: readonly { values: readonly CellValue[] }[], from: number, to: number): number => {
  let width = 0;
  for (let r = from; r < to; r++) width = Math.max(width, (rows[r] as { values: readonly CellValue[] }).values.length);
  return width;
};

/** One piece of rows of one dataset, all in the same piece by index, in index order. */
function pieceOf(rows: readonly DatasetRow[]): DatasetRowPiece {
  const first = rows[0] as DatasetRow;
  const piece = pieceBuilder(first.datasetId, first.evaluationId, pieceOfRow(first.index), widest(rows, 0, rows.length));
  for (const row of rows) piece.add(row.index, row.id, row.line, row.key, row.projectId, row.values);
  return piece.done();
}

/** A table's rows as the pieces of a new dataset (row i at index i), made without a DatasetRow each. */
export function tableRowsToPieces(
  target: { datasetId: Id; evaluationId: Id },
  rows: readonly { values: CellValue[]; line: number }[],
  row: { id: () => Id; key: (values: readonly CellValue[]) => string | null; project: (key: string | null) => Id | null },
): DatasetRowPiece[] {
  const pieces: DatasetRowPiece[] = [];
  for (let from = 0; from < rows.length; from += ROWS_PER_PIECE) {
    const to = Math.min(rows.length, from + ROWS_PER_PIECE);
    const piece = pieceBuilder(target.datasetId, target.evaluationId, pieceOfRow(from), widest(rows, from, to));
    for (let i = from; i < to; i++) {
      const { values, line } = rows[i] as { values: CellValue[]; line: number };
      const key = row.key(values);
      piece.add(i, row.id(), line, key, row.project(key), values);
    }
    pieces.push(piece.done());
  }
  return pieces;
}

/** A table's rows kept for storing: its cells column by column and each row's file line. */
export interface KeptRows {
  cells: TableCells;
  lines: number[];
}

/**
 * A new dataset's pieces straight from its cells (row r at index r): each piece's columns are slices of
 * the table's, a number column's rows kept as scaled integers where they can be
 * (storedNumbers.ts), and no row is made; its row indexes are a run, its lines an Int32Array.
 */
export function tableCellsToPieces(
  target: { datasetId: Id; evaluationId: Id },
  kept: KeptRows,
  row: { idPrefix: string; key: (r: number) => string | null; project: (key: string | null) => Id | null },
): DatasetRowPiece[] {
  const pieces: DatasetRowPiece[] = [];
  const { cells, lines } = kept;
  for (let from = 0; from < cells.rowCount; from += ROWS_PER_PIECE) {
    const to = Math.min(cells.rowCount, from + ROWS_PER_PIECE);
    // Row r's id is the write's prefix and r (idRun.ts).
    const ids: PieceIds = { prefix: row.idPrefix, first: from, count: to - from };
    const pieceLines: number[] = [];
    const keys: (string | null)[] = [];
    const rowProjects: (Id | null)[] = [];
    for (let r = from; r < to; r++) {
      const key = row.key(r);
      pieceLines.push(lines[r] ?? r + 1);
      keys.push(key);
      rowProjects.push(row.project(key));
    }
    const columns = cells.columns.map((column) => storedColumn(column, from, to));
    const rowIndexes = { first: from, count: to - from };
    pieces.push({ datasetId: target.datasetId, evaluationId: target.evaluationId, index: pieceOfRow(from), rowIndexes, ids, lines: storedInts(pieceLines), keys, rowProjects, columns, projectIds: distinctProjects(rowProjects) });
  }
  return pieces;
}

/** Rows as the pieces the store keeps: by dataset, then by piece number, each piece's rows in index order. */
export function rowsToPieces(rows: readonly DatasetRow[]): DatasetRowPiece[] {
  const groups = new Map<string, DatasetRow[]>();
  for (const row of rows) {
    const key = `${row.datasetId}\u0000${pieceOfRow(row.index)}`;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  const pieces: DatasetRowPiece[] = [];
  for (const group of groups.values()) {
    // Rows from a file come in any order (by id, datasets mixed): a group is sorted unless it already is.
    if (!group.every((row, i) => i === 0 || (group[i - 1] as DatasetRow).index < row.index)) group.sort((a, b) => a.index - b.index);
    pieces.push(pieceOf(group));
  }
  return pieces;
}

/** The rows of one piece, in index order. */
export function pieceRows(piece: DatasetRowPiece): DatasetRow[] {
  const count = idCount(piece.ids);
  const width = piece.columns.length;
  const rows = new Array<DatasetRow>(count);
  for (let r = 0; r < count; r++) {
    const rowWidth = piece.widths ? (piece.widths[r] as number) : width;
    const values = new Array<CellValue>(rowWidth);
    for (let c = 0; c < rowWidth; c++) values[c] = c < width ? storedCell(piece.columns[c] as StoredColumn, r) : null;
    rows[r] = {
      id: idAt(piece.ids, r),
      datasetId: piece.datasetId,
      evaluationId: piece.evaluationId,
      index: rowIndexAt(piece.rowIndexes, r),
      line: piece.lines[r] as number,
      values,
      key: piece.keys[r] as string | null,
      projectId: piece.rowProjects[r] as Id | null,
    };
  }
  return rows;
}

/** The rows of pieces, piece after piece. */
export function piecesToRows(pieces: readonly DatasetRowPiece[]): DatasetRow[] {
  return pieces.flatMap(pieceRows);
}

/** One row of a piece by its id, or undefined. */
export function rowInPiece(piece: DatasetRowPiece, id: Id): DatasetRow | undefined {
  const at = indexOfId(piece.ids, id);
  return at < 0 ? undefined : pieceRows(piece)[at];
}

/**
 * The piece with each row's project as `projectOf` gives it (its key, its project now), or null when no
 * row's project changed; with the ids of the rows that changed.
 */
export function relinkPiece(piece: DatasetRowPiece, projectOf: (key: string | null, projectId: Id | null) => Id | null): { piece: DatasetRowPiece; rowIds: Id[] } | null {
  const rowIds: Id[] = [];
  const rowProjects = piece.rowProjects.map((projectId, r) => {
    const next = projectOf(piece.keys[r] as string | null, projectId);
    if (next !== projectId) rowIds.push(idAt(piece.ids, r));
    return next;
  });
  if (rowIds.length === 0) return null;
  return { piece: { ...piece, rowProjects, projectIds: distinctProjects(rowProjects) }, rowIds };
}
