import type { ReportBlock, ReportTableCell } from '../document/reportDocument';
import type { Project } from '../../domain/project';
import type { JudgementSubject } from '../../domain/judgement';
import { levelLabel } from '../../domain/ratingScales';
import { judgementDistribution } from '../../analysis/judgementDistribution';
import { EMPTY_MATRIX_FILTER } from '../../analysis/matrixFilter';
import { judgementDistributionSpec } from '../charts/judgementDistributionChart';
import { stackedBarChartSvg } from '../charts/stackedBarChart';
import { cell, evaluatorText, fillOf, heading, paragraph, quoteBlock, table, widths } from './reportBlocks';
import type { ReportContext } from './reportContext';
import { codePath, factorFrameworks, factorRows, frameworkName, judgedFrameworks } from './reportFrameworks';
import type { QuotePlan } from './quotePlan';

/** At most this many projects side by side in one factor table; more projects make more tables. */
export const PROJECTS_PER_FACTOR_TABLE = 6;

/** A judged cell: the rating's label written out, filled with the scale's colour; an unjudged cell: a dash. */
function ratingCell(ctx: ReportContext, codeId: string, subject: JudgementSubject): ReportTableCell {
  const judgement = ctx.judgementOf(codeId, subject);
  const level = ctx.levelOf(judgement);
  if (judgement === null) return cell('–', { align: 'center' });
  const fill = fillOf(level?.colour);
  return cell(ctx.ratingText(judgement), { align: 'center', ...(fill === undefined ? {} : { fill }) });
}

/** The factor × project tables of a framework (the programme's column last in each), projects by name. */
export function factorTables(ctx: ReportContext, frameworkId: string): ReportBlock[] {
  const { w } = ctx;
  const rows = factorRows(ctx, frameworkId);
  const chunks: Project[][] = [];
  for (let i = 0; i < ctx.projects.length; i += PROJECTS_PER_FACTOR_TABLE) chunks.push(ctx.projects.slice(i, i + PROJECTS_PER_FACTOR_TABLE));
  if (chunks.length === 0) chunks.push([]);
  const name = frameworkName(ctx, frameworkId);
  return chunks.map((projects, index) => {
    const headers = [w.t('factors.factor'), ...projects.map((p) => p.name), w.t('programme')];
    const body = rows.map((row) => [
      cell(`${'\u2003'.repeat(row.depth)}${ctx.label(row.code)}`),
      ...projects.map((p) => ratingCell(ctx, row.code.id, { kind: 'project', projectId: p.id })),
      ratingCell(ctx, row.code.id, { kind: 'programme' }),
    ]);
    const caption = chunks.length === 1 ? w.t('factors.tableCaption', { framework: name }) : w.t('factors.tablePartCaption', { framework: name, part: index + 1, parts: chunks.length });
    return table(caption, headers, widths(headers.length, 28), body, w.t('factors.tableNote'));
  });
}

function distributionChart(ctx: ReportContext, frameworkId: string): ReportBlock | null {
  const { w } = ctx;
  const scale = ctx.scale(frameworkId);
  const distribution = judgementDistribution({ codes: ctx.codes, frameworkId, projects: ctx.projects, filter: EMPTY_MATRIX_FILTER, judgements: ctx.input.judgements, scale });
  if (distribution.criteria.length === 0) return null;
  const name = frameworkName(ctx, frameworkId);
  const spec = judgementDistributionSpec(distribution, {
    title: w.t('chart.distributionTitle', { framework: name }),
    intro: w.n('chart.distributionIntro', distribution.projectCount),
    levelName: (level) => levelLabel(level, ctx.input.language),
    unratedName: w.t('unrated'),
    codeName: (code) => ctx.label(code),
    emptyText: w.t('chart.empty'),
  });
  return { kind: 'chart', svg: stackedBarChartSvg(spec), alt: spec.description, caption: w.t('chart.distributionCaption', { framework: name }) };
}

/** Per factor judged for the programme: the rating, confidence, justification and the linked quotes. */
function factorBlocks(ctx: ReportContext, plan: QuotePlan, frameworkId: string): ReportBlock[] {
  const { w } = ctx;
  const blocks: ReportBlock[] = [];
  const unjudged: string[] = [];
  for (const row of factorRows(ctx, frameworkId)) {
    const judgement = ctx.judgementOf(row.code.id, { kind: 'programme' });
    if (judgement === null) {
      unjudged.push(ctx.label(row.code));
      continue;
    }
    const confidence = judgement.confidence === null ? '' : ` (${w.t('factors.confidence', { confidence: w.t(`confidence.${judgement.confidence}`) })})`;
    blocks.push(heading(3, codePath(ctx, row.code)), { kind: 'paragraph', inlines: [{ text: `${w.t('factors.programmeRating')} ` }, { text: ctx.ratingText(judgement), bold: true }, { text: `${confidence}.` }] });
    if (judgement.justification.trim() !== '') blocks.push(paragraph(judgement.justification.trim()));
    const quotes = plan.factors.get(row.code.id) ?? [];
    if (quotes.length === 0) blocks.push(paragraph(w.t('factors.noLinkedEvidence'), 'note'));
    for (const quote of quotes) blocks.push(quoteBlock(ctx, plan, quote));
  }
  if (unjudged.length > 0) blocks.push(paragraph(w.t('factors.unjudged', { factors: unjudged.join('; ') }), 'note'));
  return blocks;
}

/** Framgångs- och lärandefaktorer: per framework the factor × project table, the rating distribution and each factor for the programme. */
export function factorsSection(ctx: ReportContext, plan: QuotePlan): ReportBlock[] {
  const { w } = ctx;
  const blocks: ReportBlock[] = [heading(1, w.t('factors.heading')), paragraph(w.t('factors.intro'))];
  const frameworks = factorFrameworks(ctx);
  if (frameworks.length === 0) blocks.push(paragraph(w.t('factors.none'), 'note'));
  const judged = judgedFrameworks(ctx);
  for (const frameworkId of frameworks) {
    blocks.push(heading(2, frameworkName(ctx, frameworkId)), ...evaluatorText(ctx, `factors.${frameworkId}`));
    // A framework no one judged (coded or written about only) gets no table of dashes.
    if (!judged.has(frameworkId)) {
      blocks.push(paragraph(w.t('factors.notJudged'), 'note'));
      continue;
    }
    blocks.push(...factorTables(ctx, frameworkId));
    const chart = distributionChart(ctx, frameworkId);
    if (chart !== null) blocks.push(chart);
    blocks.push(...factorBlocks(ctx, plan, frameworkId));
  }
  return blocks;
}
