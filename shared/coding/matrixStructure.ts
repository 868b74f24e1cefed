import type { Code } from '../domain/code';
import type { Id } from '../domain/ids';

/**
 * The results matrix's structure: the codes that hold matrix categories below them without being a
 * category themselves (Nationell nivå, Erfarenheter/Resultat …). They are headings, not categories: no
 * passage is coded to them, no judgement rates them, and no list of "codes without evidence" names them.
 * Decided by the data (matrixCell and the tree), not by a list of names.
 */
export function matrixStructureIds(codes: readonly Pick<Code, 'id' | 'parentId' | 'matrixCell'>[]): Set<Id> {
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
