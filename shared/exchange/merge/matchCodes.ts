import type { StoredRecord } from '../../migrations';
import { byId, text, type IdMap } from './idMap';

/** A code's place in the tree: the Swedish labels from its root down to it, `/`-joined. */
function pathsOf(codes: readonly StoredRecord[]): Map<string, string> {
  const index = byId(codes);
  const paths = new Map<string, string>();
  const pathOf = (code: StoredRecord, seen: Set<string>): string => {
    const id = text(code, 'id');
    const known = paths.get(id);
    if (known !== undefined) return known;
    const parent = index.get(text(code, 'parentId'));
    // A cycle (a damaged file) ends the path where it repeats.
    const above = parent && !seen.has(id) ? `${pathOf(parent, new Set([...seen, id]))}/` : '';
    const path = `${above}${text(code, 'labelSv').trim().toLocaleLowerCase('sv')}`;
    paths.set(id, path);
    return path;
  };
  for (const code of codes) pathOf(code, new Set());
  return paths;
}

/**
 * Their codes matched with mine: by id, then by name and place (the same path of labels from the root);
 * the matched go into `ids`. Returns their codes I lack (references made mine, parents before children)
 * and the paths of the codes matched by name.
 */
export function matchCodes(mine: readonly StoredRecord[], theirs: readonly StoredRecord[], ids: IdMap, evaluationId: string): { added: StoredRecord[]; byName: string[] } {
  const mineIds = new Set(mine.map((code) => text(code, 'id')));
  const minePaths = pathsOf(mine);
  const mineByPath = new Map<string, string>();
  for (const [id, path] of minePaths) if (!mineByPath.has(path)) mineByPath.set(path, id);
  const theirPaths = pathsOf(theirs);
  const byName: string[] = [];
  const unmatched: StoredRecord[] = [];
  for (const code of theirs) {
    const id = text(code, 'id');
    if (mineIds.has(id)) continue;
    const path = theirPaths.get(id) ?? '';
    const found = mineByPath.get(path);
    if (found === undefined) unmatched.push(code);
    else {
      ids.set(id, found);
      byName.push(path);
    }
  }
  // Parents first, so a store that checks parents (and a reader) sees a whole tree at every step.
  const depth = (code: StoredRecord) => (theirPaths.get(text(code, 'id')) ?? '').split('/').length;
  const added = [...unmatched].sort((a, b) => depth(a) - depth(b)).map((code) => ({ ...ids.record(code), evaluationId }));
  return { added, byName };
}
