import type { Finding, Id, Judgement, RatingScale } from '../domain';
import { sameSubject } from './judgementEdit';

/** What merging a code does to the judgements of it, in numbers for the merge dialog. */
export interface MergeJudgementsImpact {
  /** Judgements of the source code moved to the target (the target had none for that subject). */
  moved: number;
  /** Judgements of the source code joined into the target's judgement of the same subject. */
  combined: number;
  /** Moved judgements whose rating is not on the target's scale and so become unrated. */
  unrated: number;
  /** Findings that linked a joined judgement and now link the kept one. */
  findings: number;
}

export type JudgementMergeChange =
  | { table: 'judgements'; id: Id; before: Judgement; after: Judgement | null }
  | { table: 'findings'; id: Id; before: Finding; after: Finding };

const union = (a: readonly Id[], b: readonly Id[]): Id[] => [...a, ...b.filter((id) => !a.includes(id))];

/**
 * The judgements of a merged code go to the target code. Where the target has no judgement of the same
 * subject, the source's moves (its rating kept if the target's scale has it, else unrated). Where it has
 * one, the target's is kept with its rating and confidence (the source's fill them only where the target
 * has none), the evidence links are joined, and the source's justification is appended under a line
 * naming the source code (`heading`); the source's judgement is removed and findings that linked it link
 * the kept one.
 */
export function mergeJudgements(
  judgements: readonly Judgement[],
  findings: readonly Finding[],
  sourceId: Id,
  targetId: Id,
  targetScale: RatingScale,
  heading: string,
  now: string,
): { changes: JudgementMergeChange[]; impact: MergeJudgementsImpact } {
  const impact: MergeJudgementsImpact = { moved: 0, combined: 0, unrated: 0, findings: 0 };
  const changes: JudgementMergeChange[] = [];
  const onScale = (rating: string | null) => rating !== null && targetScale.levels.some((level) => level.key === rating);
  const replaced = new Map<Id, Id>();
  for (const source of judgements) {
    if (source.criterionCodeId !== sourceId) continue;
    const target = judgements.find((j) => j.criterionCodeId === targetId && sameSubject(j.subject, source.subject));
    if (!target) {
      impact.moved++;
      const rating = onScale(source.rating) ? source.rating : null;
      if (source.rating !== null && rating === null) impact.unrated++;
      changes.push({ table: 'judgements', id: source.id, before: source, after: { ...source, criterionCodeId: targetId, rating, updatedAt: now } });
      continue;
    }
    impact.combined++;
    const words = source.justification.trim();
    const justification = words === '' ? target.justification : [target.justification.trim(), `${heading}\n${words}`].filter((part) => part !== '').join('\n\n');
    const kept: Judgement = {
      ...target,
      rating: target.rating ?? (onScale(source.rating) ? source.rating : null),
      confidence: target.confidence ?? source.confidence,
      justification,
      segmentIds: union(target.segmentIds, source.segmentIds),
      dataCodingIds: union(target.dataCodingIds, source.dataCodingIds),
      updatedAt: now,
    };
    changes.push({ table: 'judgements', id: target.id, before: target, after: kept });
    changes.push({ table: 'judgements', id: source.id, before: source, after: null });
    replaced.set(source.id, target.id);
  }
  for (const finding of findings) {
    if (!finding.judgementIds.some((id) => replaced.has(id))) continue;
    impact.findings++;
    const judgementIds: Id[] = [];
    for (const id of finding.judgementIds) {
      const next = replaced.get(id) ?? id;
      if (!judgementIds.includes(next)) judgementIds.push(next);
    }
    changes.push({ table: 'findings', id: finding.id, before: finding, after: { ...finding, judgementIds, updatedAt: now } });
  }
  return { changes, impact };
}
