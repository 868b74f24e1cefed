import type { Id } from '../../../shared/domain';
import { useServices } from '../../services/AppContext';
import { useStoreQuery } from '../../store';

/** How much evidence carries a code: coded text passages and coded table rows or cells. */
export interface EvidenceCount {
  segments: number;
  data: number;
}

export const NO_EVIDENCE: EvidenceCount = { segments: 0, data: 0 };

/** The evidence count of every code of an evaluation, kept live (undefined while loading). */
export function useEvidenceCounts(evaluationId: Id): ReadonlyMap<Id, EvidenceCount> | undefined {
  const { repos } = useServices();
  return useStoreQuery(async () => {
    const [segments, codings] = await Promise.all([repos.segments.listByEvaluation(evaluationId), repos.datasets.codingsOfEvaluation(evaluationId)]);
    const counts = new Map<Id, EvidenceCount>();
    const count = (codeId: Id) => {
      let entry = counts.get(codeId);
      if (!entry) {
        entry = { segments: 0, data: 0 };
        counts.set(codeId, entry);
      }
      return entry;
    };
    for (const segment of segments) for (const codeId of new Set(segment.codeIds)) count(codeId).segments++;
    for (const coding of codings) for (const codeId of new Set(coding.codeIds)) count(codeId).data++;
    return counts;
  }, [evaluationId, repos]);
}
