import type { Id } from '../../domain/ids';
import type { CoderCoding, ConsensusCoding } from './codedSpans';
import { merged, without, type Span } from './spans';

/**
 * The coders' coding after resolution: wherever the shared coding decided a code (kept or dropped), every
 * coder who coded that document takes the decision, so a resolved disagreement counts as agreement. A
 * document a coder did not code stays missing.
 */
export function applyConsensus(codings: readonly CoderCoding[], consensus: ConsensusCoding): CoderCoding[] {
  return codings.map((coding) => {
    const after = new Map<Id, Map<Id, readonly Span[]>>();
    for (const [documentId, codes] of coding) {
      const decided = consensus.decided.get(documentId) ?? new Map<Id, readonly Span[]>();
      const kept = consensus.kept.get(documentId) ?? new Map<Id, readonly Span[]>();
      const next = new Map<Id, readonly Span[]>();
      for (const codeId of new Set([...codes.keys(), ...kept.keys()])) {
        const spans = merged([...without(codes.get(codeId) ?? [], decided.get(codeId) ?? []), ...(kept.get(codeId) ?? [])]);
        if (spans.length > 0) next.set(codeId, spans);
      }
      after.set(documentId, next);
    }
    return after;
  });
}
