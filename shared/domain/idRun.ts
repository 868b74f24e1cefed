import type { Id } from './ids';

/**
 * The ids of a run of rows written together, kept as one record (schema v14): a new table's rows get one
 * fresh id for the write and their number in it (`<id>.<n in base 36>`), so a piece of them needs only
 * the prefix and the first number, not 1,000 strings of 40 characters (a quarter of the bytes IndexedDB
 * clones for a table of numbers). A piece made from rows of any other ids keeps them as a list.
 */
export interface IdRun {
  /** What every id starts with: the write's fresh id and a dot. */
  prefix: string;
  /** The number (written in base 36 after the prefix) of the first row's id; the next rows' follow it. */
  first: number;
  count: number;
}

export type PieceIds = Id[] | IdRun;

const isRun = (ids: PieceIds): ids is IdRun => !Array.isArray(ids);

/** The id of the row numbered `n` in its write. */
export const runId = (prefix: string, n: number): Id => `${prefix}${n.toString(36)}`;

export function idCount(ids: PieceIds): number {
  return isRun(ids) ? ids.count : ids.length;
}

/** The id of row r. */
export function idAt(ids: PieceIds, r: number): Id {
  return isRun(ids) ? runId(ids.prefix, ids.first + r) : (ids[r] as Id);
}

/** Every id, as a list. */
export function idList(ids: PieceIds): Id[] {
  if (!isRun(ids)) return ids;
  const list: Id[] = [];
  for (let r = 0; r < ids.count; r++) list.push(runId(ids.prefix, ids.first + r));
  return list;
}

/** The row whose id this is, or -1. */
export function indexOfId(ids: PieceIds, id: Id): number {
  if (!isRun(ids)) return ids.indexOf(id);
  if (!id.startsWith(ids.prefix)) return -1;
  const r = Number.parseInt(id.slice(ids.prefix.length), 36) - ids.first;
  return r >= 0 && r < ids.count && runId(ids.prefix, ids.first + r) === id ? r : -1;
}

/** Whether two pieces' ids are the same ids in the same order. */
export function sameIds(a: PieceIds, b: PieceIds): boolean {
  if (isRun(a) && isRun(b)) return a.prefix === b.prefix && a.first === b.first && a.count === b.count;
  const count = idCount(a);
  if (count !== idCount(b)) return false;
  for (let r = 0; r < count; r++) if (idAt(a, r) !== idAt(b, r)) return false;
  return true;
}
