import type { ReportBlock, ReportTableCell } from '../document/reportDocument';
import type { Code } from '../../domain/code';
import { evidenceCount } from '../../analysis/matrixAnalysis';
import { cell, evaluatorText, fillOf, heading, paragraph, quoteBlock, table } from './reportBlocks';
import type { ReportContext } from './reportContext';
import { codePath, factorFrameworks, factorRows, frameworkName, isWeak } from './reportFrameworks';
import type { QuotePlan } from './quotePlan';

/** A category or factor the programme did not reach: rated weak for the programme, or without any evidence. */
export interface NotReachedRow {
  code: Code;
  evidence: number;
  /** Projects whose rating of it is weak. */
  weakProjects: number;
}

/**
 * The expected categories and the factors rated weakest or not reached for the programme (`isWeak`), or
 * judged but without evidence, in codebook order: every category of the results matrix counts; a factor
 * only where someone rated it or coded to it.
 */
export function notReachedRows(ctx: ReportContext): NotReachedRow[] {
  const rows: NotReachedRow[] = [];
  const weakProjects = (code: Code) => ctx.projects.filter((p) => isWeak(ctx.levelOf(ctx.judgementOf(code.id, { kind: 'project', projectId: p.id })))).length;
  const consider = (code: Code, evidence: number) => {
    const weak = isWeak(ctx.levelOf(ctx.judgementOf(code.id, { kind: 'programme' })));
    if (weak || evidence === 0) rows.push({ code, evidence, weakProjects: weakProjects(code) });
  };
  for (const category of ctx.analysis.cells.flatMap((c) => c.categories)) consider(category.code, evidenceCount(category));
  for (const frameworkId of factorFrameworks(ctx)) {
    for (const row of factorRows(ctx, frameworkId)) {
      // A factor nobody judged and nothing is coded to (an aspect judged on its parent) is not used, not unreached.
      const judged = ctx.input.judgements.some((j) => j.criterionCodeId === row.code.id && j.rating !== null);
      const judgement = ctx.judgementOf(row.code.id, { kind: 'programme' });
      const linked = (judgement?.segmentIds.length ?? 0) + (judgement?.dataCodingIds.length ?? 0);
      const evidence = Math.max(ctx.quotesOf(row.code.id).length, linked);
      if (judged || evidence > 0) consider(row.code, evidence);
    }
  }
  return rows;
}

/** Vad som inte nåddes: categories and factors judged weak or without evidence, and the hindering evidence. */
export function notReachedSection(ctx: ReportContext, plan: QuotePlan): ReportBlock[] {
  const { w } = ctx;
  const blocks: ReportBlock[] = [heading(1, w.t('notReached.heading')), ...evaluatorText(ctx, 'notReached'), paragraph(w.t('notReached.intro'))];
  const rows = notReachedRows(ctx);
  if (rows.length === 0) blocks.push(paragraph(w.t('notReached.none'), 'note'));
  else {
    const body: ReportTableCell[][] = rows.map((row) => {
      const judgement = ctx.judgementOf(row.code.id, { kind: 'programme' });
      const fill = judgement === null ? undefined : fillOf(ctx.levelOf(judgement)?.colour);
      return [
        cell(codePath(ctx, row.code)),
        cell(frameworkName(ctx, row.code.frameworkId)),
        cell(ctx.ratingText(judgement), { align: 'center', ...(fill === undefined ? {} : { fill }) }),
        cell(row.evidence === 0 ? w.t('notReached.noEvidence') : w.num(row.evidence), { align: 'right' }),
        cell(w.num(row.weakProjects), { align: 'right' }),
      ];
    });
    blocks.push(table(w.t('notReached.caption'), [w.t('notReached.item'), w.t('notReached.framework'), w.t('notReached.rating'), w.t('notReached.evidence'), w.t('notReached.weakProjects')], [34, 20, 18, 14, 14], body));
  }
  blocks.push(heading(2, w.t('notReached.hindering')));
  if (plan.hindering.length === 0) blocks.push(paragraph(w.t('notReached.noHindering'), 'note'));
  for (const group of plan.hindering) {
    const code = ctx.codeById.get(group.codeId);
    if (code) blocks.push(heading(3, codePath(ctx, code)));
    for (const quote of group.quotes) blocks.push(quoteBlock(ctx, plan, quote));
  }
  return blocks;
}
