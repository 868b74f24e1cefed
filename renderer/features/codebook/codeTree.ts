import type { Code, Id } from '../../../shared/domain';

/** A code with the codes below it, in their order. */
export interface CodeNode {
  code: Code;
  children: CodeNode[];
  depth: number;
}

/** One framework of the codebook (null: the evaluator's own codes) with its top-level codes. */
export interface FrameworkSection {
  frameworkId: string | null;
  roots: CodeNode[];
}

/**
 * The codebook as trees, framework by framework in the order the codes come (codebook order), with a
 * section for the evaluator's own codes always last. A code whose parent is missing is shown at the top.
 */
export function codebookSections(codes: readonly Code[]): FrameworkSection[] {
  const nodes = new Map<Id, CodeNode>(codes.map((code) => [code.id, { code, children: [], depth: 0 }]));
  const sections = new Map<string | null, FrameworkSection>();
  const sectionOf = (frameworkId: string | null) => {
    let section = sections.get(frameworkId);
    if (!section) {
      section = { frameworkId, roots: [] };
      sections.set(frameworkId, section);
    }
    return section;
  };
  for (const code of codes) {
    const node = nodes.get(code.id) as CodeNode;
    const parent = code.parentId !== null && code.parentId !== code.id ? nodes.get(code.parentId) : undefined;
    if (parent) parent.children.push(node);
    else sectionOf(code.frameworkId).roots.push(node);
  }
  const byOrder = (a: CodeNode, b: CodeNode) => a.code.order - b.code.order;
  const seen = new Set<Id>();
  const settle = (list: CodeNode[], depth: number): CodeNode[] => {
    const kept = list.filter((node) => !seen.has(node.code.id)).sort(byOrder);
    for (const node of kept) seen.add(node.code.id);
    for (const node of kept) {
      node.depth = depth;
      node.children = settle(node.children, depth + 1);
    }
    return kept;
  };
  for (const section of sections.values()) section.roots = settle(section.roots, 0);
  // A cycle of parents would hide its codes: show them at the top of their framework instead.
  for (const code of codes) {
    if (seen.has(code.id)) continue;
    const section = sectionOf(code.frameworkId);
    section.roots.push(...settle([nodes.get(code.id) as CodeNode], 0));
  }
  const own = sectionOf(null);
  sections.delete(null);
  return [...sections.values(), own];
}

/** The codes in the order a reader sees them, skipping the children of collapsed codes. */
export function visibleCodes(roots: readonly CodeNode[], collapsed: ReadonlySet<Id>): CodeNode[] {
  const out: CodeNode[] = [];
  const walk = (list: readonly CodeNode[]) => {
    for (const node of list) {
      out.push(node);
      if (node.children.length > 0 && !collapsed.has(node.code.id)) walk(node.children);
    }
  };
  walk(roots);
  return out;
}

/** The codes above a code, from the top down (not including the code): the shared rule. */
export { ancestorsOf } from '../../../shared/coding/codeTree';
