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

/** The codes above a code, from the top down (not including the code). */
export function ancestorsOf(codes: ReadonlyMap<Id, Code>, code: Code): Code[] {
  const out: Code[] = [];
  const seen = new Set<Id>([code.id]);
  let parentId = code.parentId;
  while (parentId !== null && !seen.has(parentId)) {
    const parent = codes.get(parentId);
    if (!parent) break;
    out.unshift(parent);
    seen.add(parent.id);
    parentId = parent.parentId;
  }
  return out;
}
