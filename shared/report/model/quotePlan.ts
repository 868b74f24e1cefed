import type { Id } from '../../domain/ids';
import { evidenceCount } from '../../analysis/matrixAnalysis';
import { factorFrameworks, factorRows } from './reportFrameworks';
import type { ReportContext, ReportQuoteItem } from './reportContext';
import { selectQuotes } from './selectQuotes';

/** A finding's evidence: the passages quoted in the conclusions, and those referred to by number (quoted earlier in the body). */
export interface FindingEvidence {
  quoted: ReportQuoteItem[];
  referenced: ReportQuoteItem[];
}

/**
 * Which quotes go where, decided before any block is written, so every quote has its evidence number
 * (its place in the evidence list, numbered from 1 in the stable order) wherever it appears.
 */
export interface QuotePlan {
  /** Results per level: a matrix or unforeseen category's chosen quotes. */
  categories: Map<Id, ReportQuoteItem[]>;
  /** Whether the report chose quotes for some category with none marked "I rapporten" (the method says so). */
  autoChosen: boolean;
  /** Factors: the quotes linked to the programme's judgement of a factor, chosen likewise. */
  factors: Map<Id, ReportQuoteItem[]>;
  /** What was not reached: hindering quotes under the first of their codes, in code order. */
  hindering: { codeId: Id; quotes: ReportQuoteItem[] }[];
  findings: Map<Id, FindingEvidence>;
  /** Every quote used, by segment id: its evidence number. */
  numbers: Map<Id, number>;
  /** The quotes used, in the evidence list's order. */
  evidence: ReportQuoteItem[];
}

export function quotePlan(ctx: ReportContext): QuotePlan {
  const limit = ctx.input.settings.quotesPerCategory;
  const used = new Set<Id>();
  const take = (quotes: readonly ReportQuoteItem[]) => {
    for (const quote of quotes) used.add(quote.segmentId);
    return [...quotes];
  };

  const categories = new Map<Id, ReportQuoteItem[]>();
  let autoChosen = false;
  if (ctx.enabled('results')) {
    const all = [...ctx.analysis.cells.flatMap((cell) => cell.categories), ...ctx.analysis.unforeseen.flatMap((level) => level.categories)];
    for (const category of all) {
      if (evidenceCount(category) === 0) continue;
      const chosen = selectQuotes(ctx.quotesOf(category.code.id), limit);
      autoChosen ||= chosen.auto && chosen.quotes.length > 0;
      categories.set(category.code.id, take(chosen.quotes));
    }
  }

  const factors = new Map<Id, ReportQuoteItem[]>();
  if (ctx.enabled('factors')) {
    for (const frameworkId of factorFrameworks(ctx)) {
      for (const row of factorRows(ctx, frameworkId)) {
        const judgement = ctx.judgementOf(row.code.id, { kind: 'programme' });
        if (judgement === null) continue;
        const linked = new Set(judgement.segmentIds);
        const ordered = ctx.quotes.filter((q) => linked.has(q.segmentId));
        const chosen = selectQuotes(ordered, limit);
        autoChosen ||= chosen.auto && chosen.quotes.length < ordered.length;
        factors.set(row.code.id, take(chosen.quotes));
      }
    }
  }

  const hindering: QuotePlan['hindering'] = [];
  if (ctx.enabled('notReached')) {
    const placed = new Set<Id>();
    for (const code of ctx.codes) {
      const quotes = ctx.quotesOf(code.id).filter((q) => q.direction === 'hindering' && !placed.has(q.segmentId));
      if (quotes.length === 0) continue;
      for (const quote of quotes) placed.add(quote.segmentId);
      const chosen = selectQuotes(quotes, limit);
      hindering.push({ codeId: code.id, quotes: take(chosen.quotes) });
    }
  }

  const findings = new Map<Id, FindingEvidence>();
  if (ctx.enabled('conclusions')) {
    const inBody = new Set(used);
    for (const finding of ctx.input.findings) {
      const ids = new Set(finding.segmentIds);
      const evidence = ctx.quotes.filter((q) => ids.has(q.segmentId));
      findings.set(finding.id, { quoted: take(evidence.filter((q) => !inBody.has(q.segmentId))), referenced: evidence.filter((q) => inBody.has(q.segmentId)) });
    }
  }

  const evidence = ctx.quotes.filter((q) => used.has(q.segmentId));
  const numbers = new Map(evidence.map((q, index) => [q.segmentId, index + 1]));
  return { categories, autoChosen, factors, hindering, findings, numbers, evidence };
}
