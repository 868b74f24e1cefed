import { restsOnNoEvidence } from '../coding/judgementEdit';
import type { Code, Id, Judgement, RatingScale, ScaleLevel } from '../domain';
import { scaleFor } from '../domain/ratingScales';
import { frameworkRows, judgementAt } from './judgementHeatmap';

/** A criterion of a framework and this project's judgement of it, if any. */
export interface ProjectJudgementRow {
  code: Code;
  depth: number;
  judgement: Judgement | null;
  /** The rating's level on the framework's scale; null while unrated or no longer on the scale. */
  level: ScaleLevel | null;
  /** A judgement exists and rests on no evidence. */
  noEvidence: boolean;
}

export interface ProjectFrameworkJudgements {
  frameworkId: string;
  /** Every criterion in tree order (the results matrix's headings left out). */
  rows: ProjectJudgementRow[];
  judged: number;
  noEvidence: number;
}

/**
 * A project's judgements per framework, for its page: each framework's criteria (as the heatmap has them,
 * its headings left out) with the project's judgement and the rating's level. Frameworks in the order
 * given; the evaluator's own codes (no framework) are not judged.
 */
export function projectJudgements(
  projectId: Id,
  evaluationId: Id,
  frameworkIds: readonly string[],
  codes: readonly Code[],
  judgements: readonly Judgement[],
  scales: readonly RatingScale[],
): ProjectFrameworkJudgements[] {
  const subject = { kind: 'project', projectId } as const;
  const own = judgements.filter((j) => j.subject.kind === 'project' && j.subject.projectId === projectId);
  return frameworkIds.flatMap((frameworkId) => {
    const scale = scaleFor(scales, evaluationId, frameworkId);
    const rows = frameworkRows(codes, frameworkId)
      .filter((row) => !row.heading)
      .map(({ code, depth }): ProjectJudgementRow => {
        const judgement = judgementAt(own, subject, code.id);
        return {
          code,
          depth,
          judgement,
          level: scale.levels.find((l) => l.key === judgement?.rating) ?? null,
          noEvidence: judgement !== null && restsOnNoEvidence(judgement),
        };
      });
    if (rows.length === 0) return [];
    return [{ frameworkId, rows, judged: rows.filter((r) => r.judgement !== null).length, noEvidence: rows.filter((r) => r.noEvidence).length }];
  });
}
