import { useMemo } from 'react';
import type { Code, Judgement } from '../../../shared/domain';

/** How many judgements of a framework's criteria are rated with each level key of its scale. */
export function useScaleUsage(codes: readonly Code[] | undefined, judgements: readonly Judgement[] | undefined, frameworkId: string): ReadonlyMap<string, number> {
  return useMemo(() => {
    const criteria = new Set((codes ?? []).filter((code) => code.frameworkId === frameworkId).map((code) => code.id));
    const usage = new Map<string, number>();
    for (const judgement of judgements ?? []) {
      if (judgement.rating === null || !criteria.has(judgement.criterionCodeId)) continue;
      usage.set(judgement.rating, (usage.get(judgement.rating) ?? 0) + 1);
    }
    return usage;
  }, [codes, judgements, frameworkId]);
}
