import type { ReportBlock } from '../document/reportDocument';
import { cell, evaluatorText, heading, table } from './reportBlocks';
import type { ReportContext } from './reportContext';
import { orderedFindings } from './findingOrder';

/** The key figures drawn from the data: projects, documents, coded passages, judgements, findings, recommendations. */
export function keyFigures(ctx: ReportContext): { key: string; value: number }[] {
  const evaluationId = ctx.input.evaluation.id;
  return [
    { key: 'projects', value: ctx.projects.length },
    { key: 'documents', value: ctx.documents.length },
    { key: 'passages', value: ctx.quotes.filter((q) => q.codeIds.length > 0).length },
    { key: 'judgements', value: ctx.input.judgements.filter((j) => j.evaluationId === evaluationId && j.rating !== null).length },
    { key: 'findings', value: ctx.input.findings.filter((f) => f.evaluationId === evaluationId).length },
    { key: 'recommendations', value: ctx.input.recommendations.filter((r) => r.evaluationId === evaluationId).length },
  ];
}

/** Sammanfattning: the evaluator's summary, the key figures as a table, the findings' titles. */
export function summarySection(ctx: ReportContext): ReportBlock[] {
  const { w } = ctx;
  const rows = keyFigures(ctx).map(({ key, value }) => [cell(w.t(`figure.${key}`)), cell(w.num(value), { align: 'right' })]);
  const blocks: ReportBlock[] = [heading(1, w.t('summary.heading')), ...evaluatorText(ctx, 'summary')];
  blocks.push(heading(2, w.t('summary.figures')), table(w.t('summary.figuresCaption'), [w.t('summary.figure'), w.t('summary.count')], [70, 30], rows));
  const findings = orderedFindings(ctx);
  blocks.push(heading(2, w.t('summary.findings')));
  blocks.push(findings.length === 0 ? { kind: 'paragraph', inlines: [{ text: w.t('summary.noFindings') }], style: 'note' } : { kind: 'bullets', items: findings.map((f) => [{ text: f.title.trim() }]) });
  return blocks;
}
