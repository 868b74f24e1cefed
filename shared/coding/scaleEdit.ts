import type { Id, Judgement, RatingScale, ScaleLevel } from '../domain';

/** What is wrong with a scale being edited: for the whole scale, or for one level (by its index). */
export type ScaleProblem =
  | { kind: 'tooFew' }
  | { kind: 'emptyLabel'; index: number; language: 'sv' | 'en' }
  | { kind: 'duplicateLabel'; index: number; language: 'sv' | 'en' };

/** A scale needs at least this many levels. */
export const MIN_SCALE_LEVELS = 2;

/** Checks edited levels: at least two, and labels in Swedish and English that are filled in and unique. */
export function scaleProblems(levels: readonly ScaleLevel[]): ScaleProblem[] {
  const problems: ScaleProblem[] = [];
  if (levels.length < MIN_SCALE_LEVELS) problems.push({ kind: 'tooFew' });
  for (const language of ['sv', 'en'] as const) {
    const seen = new Set<string>();
    levels.forEach((level, index) => {
      const label = (language === 'sv' ? level.labelSv : level.labelEn).trim();
      if (label === '') problems.push({ kind: 'emptyLabel', index, language });
      else if (seen.has(label.toLocaleLowerCase('sv'))) problems.push({ kind: 'duplicateLabel', index, language });
      seen.add(label.toLocaleLowerCase('sv'));
    });
  }
  return problems;
}

/** A key for a new level that no level of the scale has (keys are what judgements store). */
export function newLevelKey(levels: readonly ScaleLevel[]): string {
  const keys = new Set(levels.map((level) => level.key));
  let n = levels.length + 1;
  while (keys.has(`level${n}`)) n++;
  return `level${n}`;
}

/** The levels moved: the one at `index` one step up (-1) or down (+1), orders renumbered from 0. */
export function moveLevel(levels: readonly ScaleLevel[], index: number, by: -1 | 1): ScaleLevel[] {
  const to = index + by;
  if (index < 0 || index >= levels.length || to < 0 || to >= levels.length) return [...levels];
  const next = [...levels];
  const [moved] = next.splice(index, 1);
  if (moved) next.splice(to, 0, moved);
  return next.map((level, order) => ({ ...level, order }));
}

/** The levels a new scale no longer has. */
export function removedLevels(before: readonly ScaleLevel[], after: readonly ScaleLevel[]): ScaleLevel[] {
  const kept = new Set(after.map((level) => level.key));
  return before.filter((level) => !kept.has(level.key));
}

/** The judgements of a framework's criteria rated with one of the given keys. */
export function judgementsRated(judgements: readonly Judgement[], criterionIds: ReadonlySet<Id>, keys: ReadonlySet<string>): Judgement[] {
  return judgements.filter((j) => criterionIds.has(j.criterionCodeId) && j.rating !== null && keys.has(j.rating));
}

/**
 * Saving an edited scale: the scale with its levels numbered in their order, and what happens to the
 * judgements rated with a level that was removed. They get the level `moveTo` (a key of the new scale),
 * or become unrated when it is null; their justification, confidence and evidence stay.
 */
export function saveScalePlan(
  scale: RatingScale,
  before: readonly ScaleLevel[],
  judgements: readonly Judgement[],
  criterionIds: ReadonlySet<Id>,
  moveTo: string | null,
  now: string,
): { scale: RatingScale; judgements: { before: Judgement; after: Judgement }[] } {
  const levels = scale.levels.map((level, order) => ({ ...level, labelSv: level.labelSv.trim(), labelEn: level.labelEn.trim(), order }));
  if (moveTo !== null && !levels.some((level) => level.key === moveTo)) throw new Error(`The level ${moveTo} is not on the new scale`);
  const removed = new Set(removedLevels(before, levels).map((level) => level.key));
  const changed = judgementsRated(judgements, criterionIds, removed).map((j) => ({ before: j, after: { ...j, rating: moveTo, updatedAt: now } }));
  return { scale: { ...scale, levels }, judgements: changed };
}
