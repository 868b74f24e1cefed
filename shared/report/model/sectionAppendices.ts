import type { ReportBlock, ReportTableCell } from '../document/reportDocument';
import type { Code } from '../../domain/code';
import type { Dataset, DatasetRow } from '../../domain/dataset';
import type { Project } from '../../domain/project';
import type { CellValue, ColumnType } from '../../domain/tableValues';
import { codeDefinition } from '../../domain/codeLabel';
import { MATRIX_FRAMEWORK_ID } from '../../domain/ratingScales';
import { frameworkRows } from '../../analysis/judgementHeatmap';
import { catalogFor } from '../../i18n';
import { cellText } from './evidenceTable';
import { formatReportSource } from './citation';
import { cell, fillOf, heading, paragraph, table, widths } from './reportBlocks';
import type { ReportContext } from './reportContext';
import { codePath, factorFrameworks, frameworkName } from './reportFrameworks';
import type { QuotePlan } from './quotePlan';

/** At most this many rows of a data table are written out in the report (all of them stay in the evaluation). */
export const MAX_DATA_ROWS = 200;
/** At most this many columns of a data table side by side. */
export const MAX_DATA_COLUMNS = 8;

function rowsTable(ctx: ReportContext, dataset: Dataset, rows: readonly DatasetRow[], caption: string): ReportBlock {
  const { w } = ctx;
  const catalog = catalogFor(ctx.input.language);
  const columns = dataset.columns.slice(0, MAX_DATA_COLUMNS);
  const shown = rows.slice(0, MAX_DATA_ROWS);
  // Numbers in the report language's format (`1 200`, `1,200`); other values as the data grid writes them.
  const valueText = (value: CellValue, type: ColumnType) => (typeof value === 'number' ? w.num(value) : cellText(value, type, catalog, ctx.input.language));
  const body = shown.map((row) => columns.map((column, i) => cell(valueText(row.values[i] ?? null, column.type), column.type === 'text' ? {} : { align: 'right' })));
  const notes = [
    ...(rows.length > shown.length ? [w.t('appendices.rowsCut', { shown: w.num(shown.length), count: w.num(rows.length) })] : []),
    ...(dataset.columns.length > columns.length ? [w.t('appendices.columnsCut', { shown: w.num(columns.length), count: w.num(dataset.columns.length) })] : []),
  ];
  return table(caption, columns.map((c) => c.name), widths(columns.length, Math.round(100 / Math.max(1, columns.length))), body, notes.length === 0 ? undefined : notes.join(' '));
}

function projectProfile(ctx: ReportContext, project: Project): ReportBlock[] {
  const { w, input } = ctx;
  const period = project.startDate || project.endDate ? `${project.startDate ?? ''} – ${project.endDate ?? ''}` : '';
  const fields: [string, string][] = [
    [w.t('profile.code'), project.code],
    [w.t('profile.owner'), project.owner],
    ...(input.settings.anonymise ? [] : ([[w.t('profile.manager'), project.manager]] as [string, string][])),
    [w.t('profile.municipalities'), project.municipalities.join(', ')],
    [w.t('profile.county'), project.county],
    [w.t('profile.level'), project.level === null ? '' : w.full(`level.${project.level}`)],
    [w.t('profile.theme'), project.theme],
    [w.t('profile.period'), period],
    [w.t('profile.budget'), project.budgetSek === null ? '' : w.t('profile.sek', { amount: w.num(project.budgetSek) })],
    ...project.attributes.map((a): [string, string] => [a.name, a.value]),
  ];
  const blocks: ReportBlock[] = [heading(3, project.name), table(w.t('profile.caption', { project: project.name }), [w.t('profile.field'), w.t('profile.value')], [30, 70], fields.filter(([, v]) => v.trim() !== '').map(([k, v]) => [cell(k), cell(v)]))];
  for (const dataset of input.datasets.filter((d) => d.evaluationId === input.evaluation.id)) {
    const rows = input.datasetRows.filter((r) => r.datasetId === dataset.id && r.projectId === project.id).sort((a, b) => a.index - b.index);
    if (rows.length > 0) blocks.push(rowsTable(ctx, dataset, rows, w.t('profile.indicators', { dataset: dataset.name, project: project.name })));
  }
  const judgements = input.judgements
    .filter((j) => j.subject.kind === 'project' && j.subject.projectId === project.id && ctx.codeById.has(j.criterionCodeId))
    .sort((a, b) => (ctx.codeById.get(a.criterionCodeId)?.order ?? 0) - (ctx.codeById.get(b.criterionCodeId)?.order ?? 0));
  if (judgements.length > 0) {
    const rows: ReportTableCell[][] = judgements.map((j) => {
      const code = ctx.codeById.get(j.criterionCodeId);
      const fill = fillOf(ctx.levelOf(j)?.colour);
      return [
        cell(code ? codePath(ctx, code) : ''),
        cell(frameworkName(ctx, code?.frameworkId ?? null)),
        cell(ctx.ratingText(j), { align: 'center', ...(fill === undefined ? {} : { fill }) }),
        cell(j.confidence === null ? '' : w.t(`confidence.${j.confidence}`)),
      ];
    });
    blocks.push(table(w.t('profile.judgementsCaption', { project: project.name }), [w.t('profile.criterion'), w.t('profile.framework'), w.t('profile.rating'), w.t('profile.confidence')], [40, 26, 20, 14], rows));
  }
  return blocks;
}

function codebook(ctx: ReportContext): ReportBlock[] {
  const { w } = ctx;
  const ids = [MATRIX_FRAMEWORK_ID, ...factorFrameworks(ctx)];
  if (ctx.codes.some((c) => c.frameworkId === null)) ids.push('');
  return ids.flatMap((id) => {
    const rows = id === '' ? ctx.codes.filter((c) => c.frameworkId === null).map((code) => ({ code, depth: 0 })) : frameworkRows(ctx.codes, id);
    const name = frameworkName(ctx, id === '' ? null : id);
    const label = (code: Code, depth: number) => (id === '' ? codePath(ctx, code) : `${'\u2003'.repeat(depth)}${ctx.label(code)}`);
    const body = rows.map(({ code, depth }) => [cell(label(code, depth), depth === 0 ? { bold: true } : {}), cell(codeDefinition(code, ctx.input.language).trim())]);
    return body.length === 0 ? [] : [heading(3, name), table(w.t('appendices.codebookCaption', { framework: name }), [w.t('appendices.code'), w.t('appendices.definition')], [34, 66], body)];
  });
}

function evidenceList(ctx: ReportContext, plan: QuotePlan): ReportBlock[] {
  const { w } = ctx;
  if (plan.evidence.length === 0) return [paragraph(w.t('appendices.noEvidence'), 'note')];
  const rows = plan.evidence.map((quote) => [
    cell(w.num(plan.numbers.get(quote.segmentId) ?? 0), { align: 'right' }),
    cell(w.t('quoted', { text: quote.text })),
    cell(formatReportSource(quote, ctx.input.language)),
  ]);
  return [paragraph(w.n('appendices.evidenceIntro', plan.evidence.length)), table(w.t('appendices.evidenceCaption'), [w.t('appendices.number'), w.t('appendices.quote'), w.t('appendices.source')], [8, 60, 32], rows)];
}

/** Bilagor: project profiles, the codebook with definitions, the evidence list (numbered as the body's footnotes) and the data tables. */
export function appendicesSection(ctx: ReportContext, plan: QuotePlan): ReportBlock[] {
  const { w, input } = ctx;
  const datasets = input.datasets.filter((d) => d.evaluationId === input.evaluation.id);
  return [
    heading(1, w.t('appendices.heading')),
    heading(2, w.t('appendices.profiles')),
    ...(ctx.projects.length === 0 ? [paragraph(w.t('appendices.noProjects'), 'note')] : ctx.projects.flatMap((p) => projectProfile(ctx, p))),
    heading(2, w.t('appendices.codebook')),
    ...codebook(ctx),
    heading(2, w.t('appendices.evidence')),
    ...evidenceList(ctx, plan),
    heading(2, w.t('appendices.dataTables')),
    ...(datasets.length === 0
      ? [paragraph(w.t('appendices.noDatasets'), 'note')]
      : datasets.map((d) => rowsTable(ctx, d, input.datasetRows.filter((r) => r.datasetId === d.id).sort((a, b) => a.index - b.index), w.t('appendices.dataCaption', { dataset: d.name })))),
  ];
}
