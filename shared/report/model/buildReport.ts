import type { ReportBlock, ReportDocument, ReportTitlePage } from '../document/reportDocument';
import type { ReportSectionId } from '../../domain/reportSettings';
import type { ReportInput } from './reportInput';
import { reportContext, type ReportContext } from './reportContext';
import { quotePlan, type QuotePlan } from './quotePlan';
import { summarySection } from './sectionSummary';
import { introductionSection } from './sectionIntroduction';
import { methodSection } from './sectionMethod';
import { resultsSection } from './sectionResults';
import { factorsSection } from './sectionFactors';
import { notReachedSection } from './sectionNotReached';
import { conclusionsSection } from './sectionConclusions';
import { appendicesSection } from './sectionAppendices';

/** The blocks of each section with data (the title page is apart). */
const SECTIONS: Record<Exclude<ReportSectionId, 'titlePage'>, (ctx: ReportContext, plan: QuotePlan) => ReportBlock[]> = {
  contents: (ctx) => [{ kind: 'contents', title: ctx.w.t('contents') }],
  summary: summarySection,
  introduction: introductionSection,
  method: methodSection,
  results: resultsSection,
  factors: factorsSection,
  notReached: notReachedSection,
  conclusions: conclusionsSection,
  appendices: appendicesSection,
};

/** A section's blocks as the report has them: a table without rows (an empty register, no coded passage) is left out. */
export function sectionBlocks(ctx: ReportContext, plan: QuotePlan, id: Exclude<ReportSectionId, 'titlePage'>): ReportBlock[] {
  return SECTIONS[id](ctx, plan).filter((block) => block.kind !== 'table' || block.rows.length > 0);
}

/** The report's title: the evaluation's, or the catalog's default. */
export function reportTitle(ctx: ReportContext): string {
  return ctx.input.evaluation.title.trim() || ctx.w.t('defaultTitle');
}

function titlePage(ctx: ReportContext): ReportTitlePage {
  const { w, input } = ctx;
  const { evaluation, settings } = input;
  const evaluators = evaluation.evaluators.map((name) => name.trim()).filter((name) => name !== '');
  const period = evaluation.periodStart || evaluation.periodEnd ? `${evaluation.periodStart ?? ''} – ${evaluation.periodEnd ?? ''}`.trim() : '';
  const lines = [
    { label: w.t('title.agency'), value: evaluation.agency.trim() },
    { label: w.n('title.evaluators', evaluators.length), value: evaluators.join(', ') },
    { label: w.t('title.period'), value: period },
    { label: w.t('title.date'), value: settings.reportDate ?? input.generatedOn },
  ].filter((line) => line.value !== '' && line.value !== '–');
  return { title: reportTitle(ctx), subtitle: evaluation.programme.trim(), kindLabel: w.t(`kind.${evaluation.kind}`), lines, logo: settings.logo };
}

/** A report made from the context: the title page and the enabled sections in the evaluator's order. */
export function documentOf(ctx: ReportContext, plan: QuotePlan): ReportDocument {
  const blocks: ReportBlock[] = [];
  for (const section of ctx.input.settings.sections) {
    if (!section.enabled || section.id === 'titlePage') continue;
    blocks.push(...sectionBlocks(ctx, plan, section.id));
  }
  return {
    language: ctx.input.language,
    title: reportTitle(ctx),
    titlePage: ctx.enabled('titlePage') ? titlePage(ctx) : null,
    blocks,
    words: { page: ctx.w.t('page') },
  };
}

/**
 * The evaluation report as a document (issue 12's structure): title page, contents, summary,
 * introduction, method and material, results per level, success and learning factors, what was not
 * reached, conclusions and recommendations, appendices; in the order of the evaluator's settings,
 * sections switched off left out. Every quote footnoted to project, document and page with its evidence
 * number, the same number as in the evidence list. Pure: the same input gives the same document.
 */
export function buildReportDocument(input: ReportInput): ReportDocument {
  const ctx = reportContext(input);
  return documentOf(ctx, quotePlan(ctx));
}
