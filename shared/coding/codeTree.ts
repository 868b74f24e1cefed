import type { Code, Id } from '../domain';

/** The ids of a code and every code below it. */
export function subtreeIds(codes: readonly Code[], rootId: Id): Set<Id> {
  const children = new Map<Id, Id[]>();
  for (const code of codes) {
    if (code.parentId === null) continue;
    const list = children.get(code.parentId) ?? [];
    list.push(code.id);
    children.set(code.parentId, list);
  }
  const ids = new Set<Id>();
  const stack = [rootId];
  while (stack.length > 0) {
    const id = stack.pop() as Id;
    if (ids.has(id)) continue;
    ids.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return ids;
}

/** The children of a parent (null: the top level of a framework), in their order. */
export function childrenOf(codes: readonly Code[], parentId: Id | null, frameworkId: string | null): Code[] {
  return codes
    .filter((code) => code.parentId === parentId && (parentId !== null || code.frameworkId === frameworkId))
    .sort((a, b) => a.order - b.order);
}

/**
 * The results matrix's structure: the codes without a matrix cell that lie above a code with one (its
 * levels and columns, Nationell nivå, Erfarenheter/Resultat …). They are headings, not categories: the
 * matrix counts evidence per category, so a passage coded to them would belong to no cell.
 */
export function matrixStructureIds(codes: readonly Code[]): Set<Id> {
  const byId = new Map(codes.map((code) => [code.id, code]));
  const structure = new Set<Id>();
  for (const code of codes) {
    if (code.matrixCell === null) continue;
    const seen = new Set<Id>([code.id]);
    for (let above = code.parentId !== null ? byId.get(code.parentId) : undefined; above && !seen.has(above.id); above = above.parentId !== null ? byId.get(above.parentId) : undefined) {
      seen.add(above.id);
      if (above.matrixCell === null) structure.add(above.id);
    }
  }
  return structure;
}
