import type { ReportBlock } from '../document/reportDocument';
import { REPORT_SECTION_IDS, type ReportSectionId } from '../../domain/reportSettings';
import { sectionBlocks } from './buildReport';
import { reportContext, type ReportContext } from './reportContext';
import type { ReportInput } from './reportInput';
import { quotePlan, type QuotePlan } from './quotePlan';
import { keyFigures } from './sectionSummary';
import { notReachedRows } from './sectionNotReached';
import { factorFrameworks } from './reportFrameworks';
import { orderedFindings, orderedRecommendations } from './findingOrder';

/** What a section's data part holds, counted: e.g. categories, quotes, tables, charts. */
export const PREVIEW_KINDS = ['figures', 'findings', 'recommendations', 'categories', 'frameworks', 'factors', 'documents', 'datasets', 'items', 'projects', 'evidence', 'quotes', 'tables', 'charts'] as const;
export type PreviewKind = (typeof PREVIEW_KINDS)[number];

export interface SectionPreview {
  enabled: boolean;
  /** The counts, in the order they are best read; only what the section has. */
  parts: { kind: PreviewKind; count: number }[];
  /** The counts in words in the report's language, e.g. `18 kategorier, 46 citat, 4 tabeller, 2 diagram`; empty for none. */
  text: string;
}

function count(blocks: readonly ReportBlock[], kind: ReportBlock['kind'], level?: number): number {
  return blocks.filter((b) => b.kind === kind && (level === undefined || (b.kind === 'heading' && b.level === level))).length;
}

/** The counts particular to a section, before the quotes, tables and charts every section may have. */
function ownParts(ctx: ReportContext, plan: QuotePlan, id: ReportSectionId, blocks: readonly ReportBlock[]): [PreviewKind, number][] {
  switch (id) {
    case 'summary':
      return [['figures', keyFigures(ctx).length], ['findings', orderedFindings(ctx).length]];
    case 'introduction':
      return [['categories', ctx.analysis.cells.reduce((n, c) => n + c.categories.length, 0)]];
    case 'method':
      return [['frameworks', 1 + factorFrameworks(ctx).length], ['documents', ctx.documents.length], ['datasets', ctx.input.datasets.filter((d) => d.evaluationId === ctx.input.evaluation.id).length]];
    case 'results':
      return [['categories', count(blocks, 'heading', 3)]];
    case 'factors':
      return [['frameworks', factorFrameworks(ctx).length], ['factors', count(blocks, 'heading', 3)]];
    case 'notReached':
      return [['items', notReachedRows(ctx).length]];
    case 'conclusions':
      return [['findings', orderedFindings(ctx).length], ['recommendations', orderedRecommendations(ctx).length]];
    case 'appendices':
      return [['projects', ctx.projects.length], ['evidence', plan.evidence.length]];
    default:
      return [];
  }
}

function previewOf(ctx: ReportContext, plan: QuotePlan, id: ReportSectionId, enabled: boolean): SectionPreview {
  const blocks = id === 'titlePage' ? [] : sectionBlocks(ctx, plan, id);
  const all: [PreviewKind, number][] = [...ownParts(ctx, plan, id, blocks), ['quotes', count(blocks, 'quote')], ['tables', count(blocks, 'table')], ['charts', count(blocks, 'chart')]];
  const parts = all.filter(([kind, n]) => n > 0 || (kind !== 'quotes' && kind !== 'tables' && kind !== 'charts')).map(([kind, n]) => ({ kind, count: n }));
  return { enabled, parts, text: parts.map((p) => ctx.w.n(`preview.${p.kind}`, p.count)).join(', ') };
}

/**
 * What each section's data part will contain, for the report screen: counts of categories, quotes,
 * tables, charts and the like, and the same in words. A section switched on is counted as the report
 * will have it; a section switched off as it would be with every section on.
 */
export function reportPreview(input: ReportInput): Record<ReportSectionId, SectionPreview> {
  const ctx = reportContext(input);
  const plan = quotePlan(ctx);
  const allOn = input.settings.sections.every((s) => s.enabled)
    ? { ctx, plan }
    : (() => {
        const on = reportContext({ ...input, settings: { ...input.settings, sections: REPORT_SECTION_IDS.map((id) => ({ id, enabled: true })) } });
        return { ctx: on, plan: quotePlan(on) };
      })();
  const result = {} as Record<ReportSectionId, SectionPreview>;
  for (const id of REPORT_SECTION_IDS) {
    const enabled = ctx.enabled(id);
    result[id] = enabled ? previewOf(ctx, plan, id, true) : previewOf(allOn.ctx, allOn.plan, id, false);
  }
  return result;
}
