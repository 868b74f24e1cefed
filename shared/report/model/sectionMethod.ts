import type { ReportBlock, ReportTableCell } from '../document/reportDocument';
import { coderAgreement } from '../../analysis/coderAgreement';
import { frameworkRows } from '../../analysis/judgementHeatmap';
import { MATRIX_FRAMEWORK_ID } from '../../domain/ratingScales';
import { cell, evaluatorText, heading, paragraph, table } from './reportBlocks';
import { agreementBlocks } from './sectionAgreement';
import type { ReportContext } from './reportContext';
import { factorFrameworks, frameworkName } from './reportFrameworks';
import type { QuotePlan } from './quotePlan';

const collator = new Intl.Collator('sv', { sensitivity: 'base', numeric: true });

function frameworksTable(ctx: ReportContext): ReportBlock {
  const { w } = ctx;
  const ids = [MATRIX_FRAMEWORK_ID, ...factorFrameworks(ctx)];
  const rows = ids.map((id) => {
    const all = frameworkRows(ctx.codes, id);
    const counted = id === MATRIX_FRAMEWORK_ID ? all.filter((r) => r.code.matrixCell !== null) : all;
    const tops = all.filter((r) => r.depth === 0).map((r) => ctx.label(r.code));
    return [cell(frameworkName(ctx, id)), cell(w.num(counted.length), { align: 'right' }), cell(tops.join('; '))];
  });
  return table(w.t('method.frameworksCaption'), [w.t('method.framework'), w.t('method.codeCount'), w.t('method.topCodes')], [28, 12, 60], rows);
}

function documentsTable(ctx: ReportContext): ReportBlock {
  const { w } = ctx;
  const projectName = (id: string | null) => (id === null ? w.t('programme') : (ctx.projectById.get(id)?.name ?? ''));
  const documents = [...ctx.documents].sort(
    (a, b) => (a.projectId === null ? 1 : 0) - (b.projectId === null ? 1 : 0) || collator.compare(projectName(a.projectId), projectName(b.projectId)) || (a.date ?? '9').localeCompare(b.date ?? '9') || collator.compare(a.title, b.title),
  );
  const pages = (d: (typeof documents)[number]) => d.pageCount ?? new Set(d.blocks.flatMap((b) => (b.page === null ? [] : [b.page]))).size;
  const rows = documents.map((d) => [
    cell(projectName(d.projectId)),
    cell(d.title),
    cell(w.full(`documentType.${d.type}`)),
    cell(d.date ?? w.t('undated')),
    cell(pages(d) > 0 ? w.num(pages(d)) : '–', { align: 'right' }),
  ]);
  return table(w.t('method.documentsCaption'), [w.t('method.project'), w.t('method.title'), w.t('method.type'), w.t('method.date'), w.t('method.pages')], [26, 34, 16, 14, 10], rows);
}

function datasetBlocks(ctx: ReportContext): ReportBlock[] {
  const { w } = ctx;
  const datasets = ctx.input.datasets.filter((d) => d.evaluationId === ctx.input.evaluation.id);
  if (datasets.length === 0) return [paragraph(w.t('method.noDatasets'))];
  const rows = datasets.map((d) => [cell(d.name), cell(d.fileName), cell(w.num(d.rowCount), { align: 'right' }), cell(w.num(d.columns.length), { align: 'right' })]);
  return [table(w.t('method.datasetsCaption'), [w.t('method.datasetName'), w.t('method.file'), w.t('method.rows'), w.t('method.columns')], [34, 38, 14, 14], rows)];
}

function codingBlocks(ctx: ReportContext, plan: QuotePlan): ReportBlock[] {
  const { w, input } = ctx;
  const coded = ctx.quotes.filter((q) => q.codeIds.length > 0);
  const rowsCoded = input.dataCodings.filter((d) => d.evaluationId === input.evaluation.id && d.codeIds.length > 0);
  const coders = new Map<string, { passages: number; rows: number }>();
  const tally = (coder: string) => coders.get(coder.trim() || w.t('method.noCoder')) ?? { passages: 0, rows: 0 };
  // The shared coding's passages (resolved disagreements) are nobody's own coding.
  const shared = new Set(input.segments.filter((s) => s.consensus === true).map((s) => s.id));
  for (const q of coded) if (!shared.has(q.segmentId)) coders.set(q.coder.trim() || w.t('method.noCoder'), { ...tally(q.coder), passages: tally(q.coder).passages + 1 });
  for (const d of rowsCoded) coders.set(d.coder.trim() || w.t('method.noCoder'), { ...tally(d.coder), rows: tally(d.coder).rows + 1 });
  const rows: ReportTableCell[][] = [...coders].sort((a, b) => collator.compare(a[0], b[0])).map(([coder, n]) => [cell(coder), cell(w.num(n.passages), { align: 'right' }), cell(w.num(n.rows), { align: 'right' })]);
  const auto = input.auditLog.filter((e) => e.evaluationId === input.evaluation.id && e.action === 'autoCode').reduce((sum, e) => sum + e.segmentIds.length, 0);
  const quoted = new Set(coded.map((q) => q.segmentId));
  const agreement = coderAgreement(input.segments.filter((s) => quoted.has(s.id)));
  // The measurements the evaluator kept state the agreement; without one, the overlap of the quoted text.
  const kept = agreementBlocks(ctx);
  const blocks: ReportBlock[] = [
    paragraph([w.n('method.codedPassages', coded.length), ...(rowsCoded.length > 0 ? [w.n('method.codedRows', rowsCoded.length)] : []), w.n('method.coders', coders.size)].join(' ')),
    table(w.t('method.codersCaption'), [w.t('method.coder'), w.t('method.passages'), w.t('method.tableRows')], [50, 25, 25], rows),
    paragraph(auto === 0 ? w.t('method.noAutoCoding') : w.n('method.autoCoded', auto)),
    ...(kept.length > 0
      ? kept
      : [
          paragraph(
            agreement.agreement === null
              ? w.t('method.noAgreement')
              : w.n('method.agreement', agreement.documents, { percent: w.num(Math.round(agreement.agreement * 1000) / 10), pairs: w.num(agreement.pairs) }),
          ),
        ]),
    paragraph(w.t('method.twins')),
    paragraph(w.t('method.marked')),
  ];
  if (plan.autoChosen) blocks.push(paragraph(w.n('method.autoQuotes', input.settings.quotesPerCategory)));
  blocks.push(paragraph(input.settings.anonymise ? w.t('method.anonymised') : w.t('method.notAnonymised')));
  return blocks;
}

/** Metod och material: the frameworks, the documents and datasets, how the coding was done, the limitations. */
export function methodSection(ctx: ReportContext, plan: QuotePlan): ReportBlock[] {
  const { w } = ctx;
  const limitations = evaluatorText(ctx, 'method.limitations');
  return [
    heading(1, w.t('method.heading')),
    heading(2, w.t('method.frameworks')),
    paragraph(w.t('method.frameworksText')),
    frameworksTable(ctx),
    heading(2, w.t('method.material')),
    paragraph(`${w.n('method.documentCount', ctx.documents.length)} ${w.n('method.projectCount', ctx.projects.length)}`),
    documentsTable(ctx),
    ...datasetBlocks(ctx),
    heading(2, w.t('method.coding')),
    ...codingBlocks(ctx, plan),
    ...(limitations.length === 0 ? [] : [heading(2, w.t('method.limitations')), ...limitations]),
  ];
}
