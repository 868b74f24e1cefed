import { coefficientText, percentText } from '../../analysis/agreement/figureText';
import type { AgreementFigures, AgreementRun } from '../../domain/agreementRun';
import type { ReportBlock, ReportTableCell } from '../document/reportDocument';
import { cell, paragraph, table } from './reportBlocks';
import type { ReportContext } from './reportContext';

/** The kept measurements the report states: the newest of each unit, newest first. */
export function reportedRuns(runs: readonly AgreementRun[]): AgreementRun[] {
  const newest = new Map<string, AgreementRun>();
  for (const run of [...runs].sort((a, b) => b.createdAt.localeCompare(a.createdAt))) if (!newest.has(run.unit)) newest.set(run.unit, run);
  return [...newest.values()];
}

function runBlocks(ctx: ReportContext, run: AgreementRun): ReportBlock[] {
  const { w } = ctx;
  const lang = w.language;
  const figures = (f: AgreementFigures) => ({ percent: percentText(f.percent, lang), kappa: coefficientText(f.kappa, lang), alpha: coefficientText(f.alpha, lang) });
  const unit = w.t(`method.agreementUnit.${run.unit}`);
  const two = run.coders.length === 2;
  const after = new Map(run.after.codes.map((c) => [c.codeId, c]));
  const arrow = (b: string, a: string) => (a === b ? b : `${b} → ${a}`);
  const codes = run.before.codes
    .flatMap((c) => {
      const code = ctx.codeById.get(c.codeId);
      return code ? [{ name: ctx.label(code), before: c, after: after.get(c.codeId) ?? c }] : [];
    })
    .sort((a, b) => a.name.localeCompare(b.name, lang));
  const row = (name: string, b: AgreementFigures, a: AgreementFigures): ReportTableCell[] => [
    cell(name),
    cell(arrow(percentText(b.percent, lang), percentText(a.percent, lang)), { align: 'right' }),
    ...(two ? [cell(arrow(coefficientText(b.kappa, lang), coefficientText(a.kappa, lang)), { align: 'right' })] : []),
    cell(arrow(coefficientText(b.alpha, lang), coefficientText(a.alpha, lang)), { align: 'right' }),
  ];
  const headers = [w.full('agreement.code'), w.full('agreement.percent'), ...(two ? [w.full('agreement.kappa')] : []), w.full('agreement.alpha')];
  return [
    paragraph(w.n('method.agreementRun', run.documentIds.length, { coders: run.coders.join(', '), unit, units: w.num(run.before.overall.units) })),
    paragraph(w.t(two ? 'method.agreementBefore' : 'method.agreementBeforeNoKappa', figures(run.before.overall))),
    paragraph(run.resolved === 0 ? w.t('method.agreementNoneResolved') : w.n('method.agreementAfter', run.resolved, { open: w.num(run.open), ...figures(run.after.overall) })),
    table(
      w.t('method.agreementCaption', { unit }),
      headers,
      two ? [40, 20, 20, 20] : [46, 27, 27],
      [row(w.full('agreement.overall'), run.before.overall, run.after.overall), ...codes.map((c) => row(c.name, c.before, c.after))],
    ),
  ];
}

/** What the method section says of the agreement measurements the evaluator kept (none: nothing). */
export function agreementBlocks(ctx: ReportContext): ReportBlock[] {
  return reportedRuns(ctx.input.agreementRuns.filter((r) => r.evaluationId === ctx.input.evaluation.id)).flatMap((run) => runBlocks(ctx, run));
}
