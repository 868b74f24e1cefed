import type { Finding, Id, Judgement, Recommendation } from '../domain';
import { restsOnNoEvidence as judgementRestsOnNoEvidence } from './judgementEdit';

/**
 * Whether a finding rests on no evidence: it links no passage or table coding itself, and none of the
 * judgements it links (that still exist) links any.
 */
export function findingRestsOnNoEvidence(finding: Pick<Finding, 'judgementIds' | 'segmentIds' | 'dataCodingIds'>, judgements: ReadonlyMap<Id, Pick<Judgement, 'segmentIds' | 'dataCodingIds'>>): boolean {
  if (finding.segmentIds.length > 0 || finding.dataCodingIds.length > 0) return false;
  return finding.judgementIds.every((id) => {
    const judgement = judgements.get(id);
    return judgement === undefined || judgementRestsOnNoEvidence(judgement);
  });
}

/** Whether a recommendation rests on no evidence: none of its findings (that still exist) rests on any. */
export function recommendationRestsOnNoEvidence(
  recommendation: Pick<Recommendation, 'findingIds'>,
  findings: ReadonlyMap<Id, Pick<Finding, 'judgementIds' | 'segmentIds' | 'dataCodingIds'>>,
  judgements: ReadonlyMap<Id, Pick<Judgement, 'segmentIds' | 'dataCodingIds'>>,
): boolean {
  return recommendation.findingIds.every((id) => {
    const finding = findings.get(id);
    return finding === undefined || findingRestsOnNoEvidence(finding, judgements);
  });
}
