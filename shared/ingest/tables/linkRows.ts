import { normaliseKey, type KeyMatch } from '../../domain/dataset';
import type { Id } from '../../domain/ids';
import type { Project } from '../../domain/project';
import { cellAt, type TableCells } from '../../domain/tableCells';

const MAX_CACHED = 4096;

/**
 * A function that finds the project a key names: a match remembered by hand first, then a project whose
 * code, then whose name, equals the key (compared without case, diacritics, spaces or dashes).
 */
export function projectMatcher(projects: readonly Project[], matches: readonly KeyMatch[]): (key: string | null) => Id | null {
  const remembered = new Map(matches.map((match) => [match.key, match.projectId]));
  const byCode = new Map<string, Id>();
  const byName = new Map<string, Id>();
  for (const project of projects) {
    if (project.code.trim() !== '') byCode.set(normaliseKey(project.code), project.id);
    byName.set(normaliseKey(project.name), project.id);
  }
  if (remembered.size === 0 && byCode.size === 0 && byName.size === 0) return () => null;
  // Each spelling normalised once (up to MAX_CACHED): a table repeats its keys on every year's row.
  const found = new Map<string, Id | null>();
  return (key) => {
    if (key === null) return null;
    const cached = found.get(key);
    if (cached !== undefined) return cached;
    const k = key.trim() === '' ? '' : normaliseKey(key);
    const id = k === '' ? null : (remembered.get(k) ?? byCode.get(k) ?? byName.get(k) ?? null);
    if (found.size < MAX_CACHED) found.set(key, id);
    return id;
  };
}

/** The key cell of a row as text, trimmed; null when empty. */
export function keyOf(values: readonly unknown[], keyColumn: number | null): string | null {
  if (keyColumn === null) return null;
  return keyOfValue(values[keyColumn]);
}

/** A key cell's value as text, trimmed; null when empty. */
export function keyOfValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value).trim();
  return text === '' ? null : text;
}

/** The key of row r of a table's cells (see keyOf); null without a key column. */
export function keyOfCell(cells: TableCells, r: number, keyColumn: number | null): string | null {
  return keyColumn === null ? null : keyOfValue(cellAt(cells, r, keyColumn));
}
