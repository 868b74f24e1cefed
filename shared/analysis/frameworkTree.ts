import { DEFAULT_SCALE_FRAMEWORKS } from '../domain/ratingScales';
import type { Code } from '../domain/code';

/** A code of a framework with its depth in the tree (0: a top-level code). */
export interface TreeCode {
  code: Code;
  depth: number;
}

const byOrder = (a: Code, b: Code) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The codes of one framework (null: the evaluator's own codes) in tree order: each code followed by the
 * codes below it, siblings by `order`. A code belongs to the framework of its top-level ancestor, so the
 * evaluator's codes under a framework code are in that framework. Codes in a cycle of parents are left out.
 */
export function frameworkTree(codes: readonly Code[], frameworkId: string | null): TreeCode[] {
  const ids = new Set(codes.map((c) => c.id));
  const children = new Map<string, Code[]>();
  const roots: Code[] = [];
  for (const code of codes) {
    if (code.parentId !== null && code.parentId !== code.id && ids.has(code.parentId)) children.set(code.parentId, [...(children.get(code.parentId) ?? []), code]);
    else if (code.frameworkId === frameworkId) roots.push(code);
  }
  const out: TreeCode[] = [];
  const seen = new Set<string>();
  const visit = (code: Code, depth: number) => {
    if (seen.has(code.id)) return;
    seen.add(code.id);
    out.push({ code, depth });
    for (const child of (children.get(code.id) ?? []).sort(byOrder)) visit(child, depth + 1);
  };
  for (const root of roots.sort(byOrder)) visit(root, 0);
  return out;
}

/** The frameworks the codebook has codes of (null last: own codes), in the order first met. */
export function frameworksOf(codes: readonly Code[]): (string | null)[] {
  const found = [...new Set(codes.filter((c) => c.parentId === null).map((c) => c.frameworkId))];
  return [...found.filter((f) => f !== null), ...found.filter((f) => f === null)];
}

/** The frameworks whose codes are judged (every framework the codebook has codes of), shipped ones in their order first. */
export function judgedFrameworks(codes: readonly Code[]): string[] {
  const ids = new Set(codes.map((c) => c.frameworkId).filter((id): id is string => id !== null));
  const rank = (id: string) => {
    const index = (DEFAULT_SCALE_FRAMEWORKS as readonly string[]).indexOf(id);
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  return [...ids].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
