import { matrixStructureIds } from '../../../shared/coding/codeTree';
import type { Code, Id } from '../../../shared/domain';

/**
 * A codebook seen as a family tree, for the palette: which codes can be applied, which are parents, and
 * what lies above each code.
 *
 * Every code can be applied, a parent as well as a child, as in NVivo or MAXQDA: the frameworks' parents
 * (Kultur för lärande, Folk/kompetens, Quad Helix …) say to code passages about the whole "i stort" on the
 * parent and single aspects on the children. The one exception is the results matrix's structure: the
 * codes that hold matrix categories below them without being a category themselves (Nationell nivå,
 * Erfarenheter/Resultat …). The matrix counts evidence per category; a passage coded to a level or a
 * column would belong to no cell, so those codes stay headings. This is decided by the data (matrixCell
 * and the tree), not by a list of names.
 */
export interface CodeFamily {
  byId: ReadonlyMap<Id, Code>;
  /** Whether the code can be applied to a passage or a table row. */
  codable: (code: Code) => boolean;
  /** Whether the code has codes below it. */
  isParent: (code: Code) => boolean;
  /** The codes above a code, the nearest first (a broken parent link ends the line). */
  ancestors: (code: Code) => Code[];
  /** How many codable codes lie above the code: its indent in the palette. */
  depth: (code: Code) => number;
}

export function codeFamily(codes: readonly Code[]): CodeFamily {
  const byId = new Map(codes.map((code) => [code.id, code]));
  const parents = new Set<Id>();
  for (const code of codes) if (code.parentId !== null && byId.has(code.parentId)) parents.add(code.parentId);

  const ancestors = (code: Code): Code[] => {
    const line: Code[] = [];
    const seen = new Set<Id>([code.id]);
    for (let parent = code.parentId !== null ? byId.get(code.parentId) : undefined; parent && !seen.has(parent.id); parent = parent.parentId !== null ? byId.get(parent.parentId) : undefined) {
      seen.add(parent.id);
      line.push(parent);
    }
    return line;
  };

  // The matrix's structure: every code without a cell above a code with one.
  const structure = matrixStructureIds(codes);
  const codable = (code: Code) => !structure.has(code.id);

  return {
    byId,
    codable,
    isParent: (code) => parents.has(code.id),
    ancestors,
    depth: (code) => ancestors(code).filter(codable).length,
  };
}

/**
 * The codes in tree order: each top-level code (in the order given, which is the codebook's: framework by
 * framework) followed by the codes below it, siblings by their `order`. Codes whose parent is missing count
 * as top-level; a loop in the parent links cannot repeat a code.
 */
export function inTreeOrder(codes: readonly Code[]): Code[] {
  const ids = new Set(codes.map((code) => code.id));
  const children = new Map<Id, Code[]>();
  const roots: Code[] = [];
  for (const code of codes) {
    if (code.parentId !== null && ids.has(code.parentId)) {
      const list = children.get(code.parentId) ?? [];
      list.push(code);
      children.set(code.parentId, list);
    } else roots.push(code);
  }
  const ordered: Code[] = [];
  const placed = new Set<Id>();
  const visit = (code: Code) => {
    if (placed.has(code.id)) return;
    placed.add(code.id);
    ordered.push(code);
    for (const child of [...(children.get(code.id) ?? [])].sort((a, b) => a.order - b.order)) visit(child);
  };
  roots.forEach(visit);
  // Codes caught in a loop of parent links have no root; they come last rather than not at all.
  for (const code of codes) visit(code);
  return ordered;
}
