import type { IntervalTree, ObservabilitySet } from 'dexie';

/** More changed keys than this in one step are taken as a change that cannot be told key by key. */
const MAX_KEYS = 2000;

/** The keys of an interval tree when every range in it is one string key; false when any range is wider. */
function singleKeys(tree: IntervalTree, into: Set<string>): boolean {
  if (!('from' in tree)) return true;
  if (tree.from !== tree.to || typeof tree.from !== 'string') return false;
  into.add(tree.from);
  if (into.size > MAX_KEYS) return false;
  return (!tree.l || singleKeys(tree.l, into)) && (!tree.r || singleKeys(tree.r, into));
}

/**
 * The primary keys of a table's records that a change to the database touched (written or deleted), or
 * 'all' when they cannot be told (a range deleted, many at once, the whole database), or null when the
 * table did not change. Dexie's `storagemutated` gives the parts.
 */
export function changedKeys(parts: ObservabilitySet, databaseName: string, tableName: string): Set<string> | 'all' | null {
  if ('all' in parts) return 'all';
  const table = `idb://${databaseName}/${tableName}/`;
  const ids = new Set<string>();
  let touched = false;
  for (const [part, tree] of Object.entries(parts)) {
    if (!part.startsWith(table)) continue;
    touched = true;
    const index = part.slice(table.length);
    // The primary keys of written and deleted records tell it all; the index parts repeat them.
    if (index !== '' && index !== ':dels') continue;
    if (!singleKeys(tree, ids)) return 'all';
  }
  if (!touched) return null;
  return ids;
}

/**
 * The values of one index (a string key such as `datasetId`) that a change touched, in the records
 * before and after it, or null when they cannot be told (the part missing, a range, too many).
 */
export function indexKeysOnly(parts: ObservabilitySet, databaseName: string, tableName: string, index: string): Set<string> | null {
  if ('all' in parts) return null;
  const tree = parts[`idb://${databaseName}/${tableName}/${index}`];
  if (!tree) return null;
  const keys = new Set<string>();
  return singleKeys(tree, keys) ? keys : null;
}

/** The piece number of a key [ownerId, n], or null when the key is not one. */
function pieceKey(key: unknown): [string, number] | null {
  return Array.isArray(key) && key.length === 2 && typeof key[0] === 'string' && typeof key[1] === 'number' ? [key[0], key[1]] : null;
}

/** Adds the piece numbers of one owner's single keys of a tree; false when any range is wider than one key. */
function singlePieces(tree: IntervalTree, ownerId: string, into: Set<number>): boolean {
  if (!('from' in tree)) return true;
  const from = pieceKey(tree.from);
  const to = pieceKey(tree.to);
  if (!from || !to || from[0] !== to[0] || from[1] !== to[1]) return false;
  if (from[0] === ownerId) into.add(from[1]);
  if (into.size > MAX_KEYS) return false;
  return (!tree.l || singlePieces(tree.l, ownerId, into)) && (!tree.r || singlePieces(tree.r, ownerId, into));
}

/**
 * For a table keyed by pieces [ownerId+index] (the rows of a dataset, schema v12): the piece numbers of one
 * owner that a change touched, 'all' when they cannot be told (a range, many at once, the whole database)
 * unless the `ownerIndex` index names only other owners, or null when none of the owner's pieces changed.
 */
export function changedPieces(parts: ObservabilitySet, databaseName: string, tableName: string, ownerIndex: string, ownerId: string): Set<number> | 'all' | null {
  if ('all' in parts) return 'all';
  const table = `idb://${databaseName}/${tableName}/`;
  const pieces = new Set<number>();
  let wide = false;
  for (const [part, tree] of Object.entries(parts)) {
    if (!part.startsWith(table)) continue;
    const index = part.slice(table.length);
    if (index !== '' && index !== ':dels') continue;
    if (!singlePieces(tree, ownerId, pieces)) wide = true;
  }
  if (wide) {
    const owners = indexKeysOnly(parts, databaseName, tableName, ownerIndex);
    return owners !== null && !owners.has(ownerId) ? null : 'all';
  }
  return pieces.size > 0 ? pieces : null;
}
