import type { EvidenceJudgement, Id, IsoTimestamp } from '../domain';

/** What a coded passage or a coded table cell carries besides where it is: its codes, judgement and times. */
export interface EvidenceFields extends EvidenceJudgement {
  codeIds: Id[];
  createdAt: IsoTimestamp;
  updatedAt: IsoTimestamp;
}

/**
 * The rule both kinds of evidence follow when coded again at the same place: the code is added, unless
 * the evidence has it already (null: coding changes nothing).
 */
export function withCodeAdded<T extends EvidenceFields>(existing: T, codeId: Id, now: IsoTimestamp): T | null {
  return existing.codeIds.includes(codeId) ? null : { ...existing, codeIds: [...existing.codeIds, codeId], updatedAt: now };
}

/** New evidence: one code, not yet judged, by this coder, made now. */
export function newEvidenceFields(codeId: Id, coder: string, now: IsoTimestamp): EvidenceFields {
  return { codeIds: [codeId], memo: '', strength: null, direction: null, coder, createdAt: now, updatedAt: now };
}
