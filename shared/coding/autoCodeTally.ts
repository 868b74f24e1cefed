import type { Segment } from '../domain';
import { onePerPlace } from './codingRule';

/** Why auto-coding left a passage it was asked to code as it was. */
export const AUTO_CODE_SKIPS = ['alreadyCoded', 'samePassage', 'blank', 'documentGone'] as const;
export type AutoCodeSkip = (typeof AUTO_CODE_SKIPS)[number];

/** How many passages were left uncoded, by reason. */
export type AutoCodeSkips = Record<AutoCodeSkip, number>;

/** What coding one range gave: the segment to write, or why there is none. */
export type RangeCoded<T extends { segment: Segment }> = T | { skipped: Exclude<AutoCodeSkip, 'samePassage'> };

/**
 * The auto-coding tally: the segments to write, one per place (two hits that expand to the same sentence
 * make one segment; the others count as the same passage), and every range not written with its reason,
 * so the evaluator is told why "Koda 9 passager" coded 8.
 */
export function tallyAutoCoding<T extends { segment: Segment }>(results: readonly RangeCoded<T>[]): { written: T[]; skipped: AutoCodeSkips } {
  const skipped: AutoCodeSkips = { alreadyCoded: 0, samePassage: 0, blank: 0, documentGone: 0 };
  const made: T[] = [];
  for (const result of results) {
    if ('skipped' in result) skipped[result.skipped]++;
    else made.push(result);
  }
  const written = onePerPlace(made);
  skipped.samePassage = made.length - written.length;
  return { written, skipped };
}

/** How many passages were left uncoded in all. */
export function skippedCount(skipped: AutoCodeSkips): number {
  return AUTO_CODE_SKIPS.reduce((sum, reason) => sum + skipped[reason], 0);
}
