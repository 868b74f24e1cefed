import type { ReportBlock } from '../document/reportDocument';
import type { Finding } from '../../domain/judgement';
import { evaluatorText, heading, paragraph, quoteBlock } from './reportBlocks';
import type { ReportContext } from './reportContext';
import { codePath } from './reportFrameworks';
import { orderedFindings, orderedRecommendations } from './findingOrder';
import type { QuotePlan } from './quotePlan';

/** Whether a finding rests on no evidence the report can cite (no quotable passage, no table row). */
export function findingWithoutEvidence(ctx: ReportContext, finding: Finding): boolean {
  const passages = finding.segmentIds.filter((id) => ctx.quoteById.has(id)).length;
  return passages === 0 && finding.dataCodingIds.length === 0;
}

function judgementNames(ctx: ReportContext, finding: Finding): string[] {
  const byId = new Map(ctx.input.judgements.map((j) => [j.id, j]));
  return finding.judgementIds.flatMap((id) => {
    const judgement = byId.get(id);
    const code = judgement ? ctx.codeById.get(judgement.criterionCodeId) : undefined;
    if (!judgement || !code) return [];
    const subject = judgement.subject.kind === 'programme' ? ctx.w.t('programme') : (ctx.projectById.get(judgement.subject.projectId)?.name ?? '');
    return [ctx.w.t('conclusions.judgementName', { criterion: codePath(ctx, code), subject, rating: ctx.ratingText(judgement) })];
  });
}

function findingBlocks(ctx: ReportContext, plan: QuotePlan, finding: Finding): ReportBlock[] {
  const { w } = ctx;
  const blocks: ReportBlock[] = [heading(3, finding.title.trim())];
  if (finding.text.trim() !== '') blocks.push(paragraph(finding.text.trim()));
  const judgements = judgementNames(ctx, finding);
  if (judgements.length > 0) blocks.push(paragraph(w.n('conclusions.judgements', judgements.length, { names: judgements.join('; ') })));
  if (findingWithoutEvidence(ctx, finding)) {
    blocks.push(paragraph(w.t('conclusions.noEvidence'), 'note'));
    return blocks;
  }
  const evidence = plan.findings.get(finding.id) ?? { quoted: [], referenced: [] };
  if (evidence.referenced.length > 0) {
    const numbers = evidence.referenced.map((q) => plan.numbers.get(q.segmentId) ?? 0).sort((a, b) => a - b);
    blocks.push(paragraph(w.n('conclusions.seeEvidence', numbers.length, { numbers: numbers.map(w.num).join(', ') })));
  }
  if (evidence.quoted.length > 0) blocks.push(paragraph(w.n('conclusions.restsOn', evidence.quoted.length)));
  for (const quote of evidence.quoted) blocks.push(quoteBlock(ctx, plan, quote));
  if (finding.dataCodingIds.length > 0) blocks.push(paragraph(w.n('conclusions.tableRows', finding.dataCodingIds.length)));
  return blocks;
}

/** Slutsatser och rekommendationer: each finding with its evidence cited; each recommendation with the findings it follows from. */
export function conclusionsSection(ctx: ReportContext, plan: QuotePlan): ReportBlock[] {
  const { w } = ctx;
  const findings = orderedFindings(ctx);
  const titles = new Map(findings.map((f) => [f.id, f.title.trim()]));
  const blocks: ReportBlock[] = [heading(1, w.t('conclusions.heading')), ...evaluatorText(ctx, 'conclusions'), heading(2, w.t('conclusions.findings'))];
  if (findings.length === 0) blocks.push(paragraph(w.t('conclusions.noFindings'), 'note'));
  for (const finding of findings) blocks.push(...findingBlocks(ctx, plan, finding));
  const recommendations = orderedRecommendations(ctx);
  blocks.push(heading(2, w.t('conclusions.recommendations')));
  if (recommendations.length === 0) blocks.push(paragraph(w.t('conclusions.noRecommendations'), 'note'));
  for (const recommendation of recommendations) {
    blocks.push(heading(3, recommendation.title.trim()));
    if (recommendation.text.trim() !== '') blocks.push(paragraph(recommendation.text.trim()));
    const from = recommendation.findingIds.flatMap((id) => titles.get(id) ?? []);
    blocks.push(
      from.length === 0
        ? paragraph(w.t('conclusions.noFindingLinks'), 'note')
        : paragraph(w.n('conclusions.followsFrom', from.length, { findings: from.map((title) => w.t('quoted', { text: title })).join(', ') })),
    );
  }
  return blocks;
}
