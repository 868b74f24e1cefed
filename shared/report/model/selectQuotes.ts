import type { EvidenceStrength } from '../../domain/segment';

/** What the choice needs to know of a quote. */
export interface Selectable {
  inReport: boolean;
  strength: EvidenceStrength | null;
}

const RANK: Record<EvidenceStrength | 'none', number> = { strong: 0, moderate: 1, weak: 2, none: 3 };

/**
 * Which of a category's quotes the report takes, from quotes given in their stable order (the evidence
 * list's: project, document, position): every quote the evaluator marked "I rapporten"; where none is
 * marked, the strongest up to `limit` (strong, moderate, weak, then those without a strength; ties in
 * the stable order). The chosen quotes come back in the stable order. `auto` says whether the report chose.
 */
export function selectQuotes<Q extends Selectable>(quotes: readonly Q[], limit: number): { quotes: Q[]; auto: boolean } {
  const marked = quotes.filter((quote) => quote.inReport);
  if (marked.length > 0) return { quotes: marked, auto: false };
  const ranked = quotes.map((quote, index) => ({ quote, index })).sort((a, b) => RANK[a.quote.strength ?? 'none'] - RANK[b.quote.strength ?? 'none'] || a.index - b.index);
  const chosen = new Set(ranked.slice(0, Math.max(0, limit)).map((entry) => entry.index));
  return { quotes: quotes.filter((_, index) => chosen.has(index)), auto: quotes.length > 0 };
}
