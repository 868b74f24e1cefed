import type { Code } from '../domain/code';
import type { DataCoding } from '../domain/dataset';
import type { SourceDocument } from '../domain/document';
import type { Segment } from '../domain/segment';
import type { DirectionMix, StrengthMix } from './matrixAnalysis';
import { matrixStructureIds } from '../coding/matrixStructure';

/** One code of a framework as one project's evidence shows it. */
export interface CodeEvidence {
  code: Code;
  /** 0 for a top-level code of its framework, 1 below it, … */
  depth: number;
  passages: number;
  rows: number;
  strength: StrengthMix;
  direction: DirectionMix;
}

/** A framework's codes in tree order with the project's evidence for each. */
export interface FrameworkEvidence {
  /** null: the evaluator's own codes. */
  frameworkId: string | null;
  codes: CodeEvidence[];
  /** The project's passages and rows with at least one code of the framework, each counted once. */
  passages: number;
  rows: number;
  /** The framework's codes with no passage or row of the project, in tree order (the results matrix's headings left out). */
  withoutEvidence: Code[];
  /** How many of its codes can carry evidence: all but the results matrix's headings. */
  codable: number;
}

/** What the project page says of a document. */
export type DocumentFacts = Pick<SourceDocument, 'id' | 'title' | 'type' | 'date' | 'pageCount'>;

export interface DocumentEvidence<D extends DocumentFacts = DocumentFacts> {
  document: D;
  /** The project's coded passages (with at least one code) in this document. */
  passages: number;
}

export interface ProjectEvidence<D extends DocumentFacts = DocumentFacts> {
  /** Framework by framework in codebook order, the evaluator's own codes last; frameworks without codes left out. */
  frameworks: FrameworkEvidence[];
  /** The documents in the order given, each with its coded passages. */
  documents: DocumentEvidence<D>[];
}

type Evidence = Pick<Segment | DataCoding, 'projectId' | 'codeIds' | 'strength' | 'direction'>;

/** The codes of each framework in tree order (depth first, siblings by `order`); a code whose parent is missing or in a cycle is a top-level code. */
function frameworkTrees(codes: readonly Code[]): Map<string | null, { code: Code; depth: number }[]> {
  const ids = new Set(codes.map((c) => c.id));
  const children = new Map<string, Code[]>();
  const roots = new Map<string | null, Code[]>();
  for (const code of codes) {
    if (code.parentId !== null && code.parentId !== code.id && ids.has(code.parentId)) children.set(code.parentId, [...(children.get(code.parentId) ?? []), code]);
    else roots.set(code.frameworkId, [...(roots.get(code.frameworkId) ?? []), code]);
  }
  const byOrder = (a: Code, b: Code) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const seen = new Set<string>();
  const out = new Map<string | null, { code: Code; depth: number }[]>();
  const walk = (list: Code[], depth: number, into: { code: Code; depth: number }[]) => {
    for (const code of [...list].sort(byOrder)) {
      if (seen.has(code.id)) continue;
      seen.add(code.id);
      into.push({ code, depth });
      walk(children.get(code.id) ?? [], depth + 1, into);
    }
  };
  for (const [frameworkId, list] of roots) {
    const into: { code: Code; depth: number }[] = [];
    walk(list, 0, into);
    out.set(frameworkId, into);
  }
  // Codes caught in a cycle of parents never meet a root: list them at the top of their framework.
  for (const code of codes) {
    if (seen.has(code.id)) continue;
    const into = out.get(code.frameworkId) ?? [];
    walk([code], 0, into);
    out.set(code.frameworkId, into);
  }
  const own = out.get(null);
  out.delete(null);
  if (own) out.set(null, own);
  return out;
}

/**
 * One project's evidence, per framework: each code in tree order with the project's passages and coded
 * table rows or cells (how many, how strong, which way), and the codes without any; and the project's
 * documents with their coded passages. Evidence of other projects is ignored; a piece of evidence counts
 * once per code, and once per framework however many of the framework's codes it carries.
 */
export function projectEvidence<D extends DocumentFacts>(
  projectId: string,
  codes: readonly Code[],
  segments: readonly (Evidence & Pick<Segment, 'documentId'>)[],
  codings: readonly Evidence[],
  documents: readonly D[],
): ProjectEvidence<D> {
  const trees = frameworkTrees(codes);
  const byCode = new Map<string, { evidence: CodeEvidence; framework: FrameworkEvidence }>();
  const frameworks: FrameworkEvidence[] = [];
  for (const [frameworkId, list] of trees) {
    const framework: FrameworkEvidence = { frameworkId, codes: [], passages: 0, rows: 0, withoutEvidence: [], codable: 0 };
    for (const { code, depth } of list) {
      const evidence: CodeEvidence = { code, depth, passages: 0, rows: 0, strength: { strong: 0, moderate: 0, weak: 0, none: 0 }, direction: { promoting: 0, hindering: 0, none: 0 } };
      framework.codes.push(evidence);
      byCode.set(code.id, { evidence, framework });
    }
    if (framework.codes.length > 0) frameworks.push(framework);
  }

  const tally = (item: Evidence, kind: 'passages' | 'rows'): boolean => {
    if (item.projectId !== projectId) return false;
    const counted = new Set<string>();
    const frameworksCounted = new Set<FrameworkEvidence>();
    for (const codeId of item.codeIds) {
      const entry = byCode.get(codeId);
      if (entry === undefined || counted.has(codeId)) continue;
      counted.add(codeId);
      const { evidence, framework } = entry;
      evidence[kind] += 1;
      evidence.strength[item.strength ?? 'none'] += 1;
      evidence.direction[item.direction ?? 'none'] += 1;
      if (!frameworksCounted.has(framework)) {
        frameworksCounted.add(framework);
        framework[kind] += 1;
      }
    }
    return counted.size > 0;
  };

  const passagesByDocument = new Map<string, number>();
  for (const segment of segments) {
    if (segment.projectId === projectId && segment.codeIds.length > 0) passagesByDocument.set(segment.documentId, (passagesByDocument.get(segment.documentId) ?? 0) + 1);
    tally(segment, 'passages');
  }
  for (const coding of codings) tally(coding, 'rows');
  const structure = matrixStructureIds(codes);
  for (const framework of frameworks) {
    const codable = framework.codes.filter((c) => !structure.has(c.code.id));
    framework.codable = codable.length;
    framework.withoutEvidence = codable.filter((c) => c.passages === 0 && c.rows === 0).map((c) => c.code);
  }

  return { frameworks, documents: documents.map((document) => ({ document, passages: passagesByDocument.get(document.id) ?? 0 })) };
}
