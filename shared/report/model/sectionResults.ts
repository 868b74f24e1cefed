import type { ReportBlock, ReportTableCell } from '../document/reportDocument';
import { evidenceCount, isMostlyHindering, type CategoryAnalysis } from '../../analysis/matrixAnalysis';
import { MATRIX_LEVEL_ORDER } from '../../analysis/matrixCells';
import { evidencePerCategorySpec } from '../charts/evidenceChart';
import { barChartSvg } from '../charts/barChart';
import { cell, evaluatorText, heading, paragraph, quoteBlock, table } from './reportBlocks';
import type { ReportContext } from './reportContext';
import type { QuotePlan } from './quotePlan';

/** A category: its programme-level rating, projects and passages, and its chosen quotes. */
function categoryBlocks(ctx: ReportContext, plan: QuotePlan, category: CategoryAnalysis): ReportBlock[] {
  const { w } = ctx;
  const judgement = ctx.judgementOf(category.code.id, { kind: 'programme' });
  const counts = [w.n('results.projects', category.projectIds.length), w.n('results.passages', category.passages), ...(category.rows > 0 ? [w.n('results.rows', category.rows)] : [])];
  const blocks: ReportBlock[] = [
    heading(3, ctx.label(category.code)),
    { kind: 'paragraph', inlines: [{ text: `${w.t('results.rating')} ` }, { text: ctx.ratingText(judgement), bold: true }, { text: `. ${w.t('results.counts', { counts: counts.join(', ') })}` }] },
  ];
  const justification = judgement?.justification.trim() ?? '';
  if (justification !== '') blocks.push(paragraph(justification));
  for (const quote of plan.categories.get(category.code.id) ?? []) blocks.push(quoteBlock(ctx, plan, quote));
  return blocks;
}

function cellName(ctx: ReportContext, level: string, column: string): string {
  return ctx.w.t('cellName', { level: ctx.w.full(`level.${level}`), column: ctx.w.full(`column.${column}`) });
}

/** "Stämde kartan med verkligheten?": every expected category, evidenced or not, mostly hindering, and the unforeseen. */
function mapTable(ctx: ReportContext): ReportBlock {
  const { w } = ctx;
  const hindering = new Set(ctx.analysis.mapCheck.mostlyHindering.map((c) => c.code.id));
  const row = (category: CategoryAnalysis, where: string, status: string): ReportTableCell[] => [
    cell(ctx.label(category.code)),
    cell(where),
    cell(w.num(evidenceCount(category)), { align: 'right' }),
    cell(w.num(category.projectIds.length), { align: 'right' }),
    cell(status, { bold: status !== w.t('map.evidenced') }),
  ];
  const rows = ctx.analysis.cells.flatMap((c) =>
    c.categories.map((category) => {
      const status = evidenceCount(category) === 0 ? 'map.noEvidence' : hindering.has(category.code.id) || isMostlyHindering(category.direction) ? 'map.hindering' : 'map.evidenced';
      return row(category, cellName(ctx, c.level, c.column), w.t(status));
    }),
  );
  for (const category of ctx.analysis.mapCheck.unforeseen) {
    const level = ctx.analysis.unforeseen.find((u) => u.categories.includes(category))?.level ?? 'lokal';
    rows.push(row(category, w.t('unforeseenName', { level: w.full(`level.${level}`) }), w.t('map.unforeseen')));
  }
  return table(w.t('map.caption'), [w.t('map.category'), w.t('map.cell'), w.t('map.evidence'), w.t('map.projects'), w.t('map.outcome')], [32, 28, 11, 11, 18], rows);
}

/** The evidence-per-category chart of the results matrix. */
export function evidenceChart(ctx: ReportContext): ReportBlock {
  const { w } = ctx;
  const spec = evidencePerCategorySpec(ctx.analysis, {
    title: w.t('chart.evidenceTitle'),
    intro: w.t('chart.evidenceIntro'),
    cellName: (level, column) => cellName(ctx, level, column),
    unforeseenName: (level) => w.t('unforeseenName', { level: w.full(`level.${level}`) }),
    codeName: (code) => ctx.label(code),
    emptyText: w.t('chart.empty'),
  });
  return { kind: 'chart', svg: barChartSvg(spec), alt: spec.description, caption: w.t('chart.evidenceCaption') };
}

/** Resultat per nivå: per level and column the categories with their rating, counts, the evaluator's text and quotes; then the map check. */
export function resultsSection(ctx: ReportContext, plan: QuotePlan): ReportBlock[] {
  const { w } = ctx;
  const blocks: ReportBlock[] = [heading(1, w.t('results.heading')), paragraph(w.t('results.intro'))];
  for (const level of MATRIX_LEVEL_ORDER) {
    for (const c of ctx.analysis.cells.filter((x) => x.level === level)) {
      blocks.push(heading(2, cellName(ctx, c.level, c.column)), ...evaluatorText(ctx, `results.${c.level}.${c.column}`));
      const shown = c.categories.filter((category) => evidenceCount(category) > 0 || ctx.judgementOf(category.code.id, { kind: 'programme' }) !== null);
      for (const category of shown) blocks.push(...categoryBlocks(ctx, plan, category));
      const without = c.categories.filter((category) => !shown.includes(category));
      if (without.length > 0) blocks.push(paragraph(w.t('results.without', { categories: without.map((x) => ctx.label(x.code)).join('; ') }), 'note'));
    }
    const unforeseen = ctx.analysis.unforeseen.find((u) => u.level === level)?.categories.filter((x) => evidenceCount(x) > 0) ?? [];
    if (unforeseen.length > 0) {
      blocks.push(heading(2, w.t('unforeseenName', { level: w.full(`level.${level}`) })));
      for (const category of unforeseen) blocks.push(...categoryBlocks(ctx, plan, category));
    }
  }
  blocks.push(heading(2, w.t('map.heading')), ...evaluatorText(ctx, 'results.map'), paragraph(w.t('map.intro')), mapTable(ctx), evidenceChart(ctx));
  return blocks;
}
