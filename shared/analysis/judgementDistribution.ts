import type { Code, Id, Judgement, Project, RatingScale, ScaleLevel } from '../domain';
import { frameworkRows } from './judgementHeatmap';
import { projectPasses, type MatrixFilter } from './matrixFilter';

/** One criterion's spread: how many of the projects got each level of the scale, and how many are not judged. */
export interface CriterionDistribution {
  code: Code;
  depth: number;
  /** counts[i]: projects rated `levels[i]`. */
  counts: number[];
  /** Projects without a judgement of the criterion, or judged without a rating (or one no longer on the scale). */
  unrated: number;
}

export interface JudgementDistribution {
  levels: ScaleLevel[];
  /** The projects counted (those passing the filter). */
  projectCount: number;
  /** The framework's criteria in tree order that at least one of the projects has a rating for. */
  criteria: CriterionDistribution[];
}

/**
 * How the projects (passing the filter's register conditions; the programme is not a project) were
 * judged on each criterion of a framework: per criterion, the number of projects at each level of the
 * scale and the number not rated. Criteria no project has a rating for are left out.
 */
export function judgementDistribution(input: {
  codes: readonly Code[];
  frameworkId: string;
  projects: readonly Project[];
  filter: MatrixFilter;
  judgements: readonly Judgement[];
  scale: RatingScale;
}): JudgementDistribution {
  const levels = [...input.scale.levels].sort((a, b) => a.order - b.order);
  const projectIds = new Set(input.projects.filter((p) => projectPasses(input.filter, p)).map((p) => p.id));
  const ratings = new Map<Id, Map<Id, string | null>>();
  for (const judgement of input.judgements) {
    if (judgement.subject.kind !== 'project' || !projectIds.has(judgement.subject.projectId)) continue;
    const byProject = ratings.get(judgement.criterionCodeId) ?? new Map<Id, string | null>();
    byProject.set(judgement.subject.projectId, judgement.rating);
    ratings.set(judgement.criterionCodeId, byProject);
  }
  const criteria: CriterionDistribution[] = [];
  for (const row of frameworkRows(input.codes, input.frameworkId)) {
    const byProject = ratings.get(row.code.id);
    const counts = levels.map((level) => [...(byProject?.values() ?? [])].filter((rating) => rating === level.key).length);
    const rated = counts.reduce((sum, n) => sum + n, 0);
    if (rated === 0) continue;
    criteria.push({ code: row.code, depth: row.depth, counts, unrated: projectIds.size - rated });
  }
  return { levels, projectCount: projectIds.size, criteria };
}
