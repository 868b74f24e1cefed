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
