/**
 * The dataset indexes of a piece's rows (schema v15): a piece of a new table holds rows from..to-1, kept
 * as the run `{ first, count }` rather than 1,000 numbers; a piece whose indexes are not consecutive
 * (rows deleted from an older table, a file's rows) keeps them as a list. Like ids (idRun.ts), readers go
 * through `rowIndexAt`.
 */
export interface IndexRun {
  first: number;
  count: number;
}

export type PieceRowIndexes = number[] | IndexRun;

const isRun = (indexes: PieceRowIndexes): indexes is IndexRun => !Array.isArray(indexes);

/** The dataset index of row r. */
export function rowIndexAt(indexes: PieceRowIndexes, r: number): number {
  return isRun(indexes) ? indexes.first + r : (indexes[r] as number);
}

export function rowIndexCount(indexes: PieceRowIndexes): number {
  return isRun(indexes) ? indexes.count : indexes.length;
}

/** Every index, as a list. */
export function rowIndexList(indexes: PieceRowIndexes): number[] {
  if (!isRun(indexes)) return indexes;
  const list: number[] = [];
  for (let r = 0; r < indexes.count; r++) list.push(indexes.first + r);
  return list;
}

/** Indexes as they are kept: a run when each follows the one before by one (and there is one), else the list. */
export function rowIndexesOf(list: number[]): PieceRowIndexes {
  const first = list[0];
  if (first === undefined || !Number.isSafeInteger(first)) return list;
  for (let r = 1; r < list.length; r++) if (list[r] !== first + r) return list;
  return { first, count: list.length };
}
