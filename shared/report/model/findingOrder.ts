import type { Finding, Recommendation } from '../../domain/judgement';
import { FINDING_SECTIONS } from '../../coding/findingEdit';
import type { ReportContext } from './reportContext';

/** The evaluation's findings in the report's order: by section (results national to local, factors, not reached), then their order. */
export function orderedFindings(ctx: ReportContext): Finding[] {
  const sections: readonly string[] = FINDING_SECTIONS;
  const rank = (section: string) => (sections.includes(section) ? sections.indexOf(section) : sections.length);
  return ctx.input.findings
    .filter((f) => f.evaluationId === ctx.input.evaluation.id)
    .sort((a, b) => rank(a.section) - rank(b.section) || a.order - b.order || (a.id < b.id ? -1 : 1));
}

/** The evaluation's recommendations in their order. */
export function orderedRecommendations(ctx: ReportContext): Recommendation[] {
  return ctx.input.recommendations.filter((r) => r.evaluationId === ctx.input.evaluation.id).sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
}
