import type { Id } from '../../domain/ids';
import type { Segment } from '../../domain/segment';
import { merged, type Span } from './spans';

/** What agreement reads of a passage. */
export type AgreementPassage = Pick<Segment, 'documentId' | 'coder' | 'codeIds' | 'position' | 'consensus' | 'droppedCodeIds'>;

/** Each code's merged spans in one document. */
export type CodeSpans = ReadonlyMap<Id, readonly Span[]>;

/**
 * One coder's coding of the documents compared: for each document the coder coded (at least one passage
 * with a code there), each code's spans. A document missing here is one the coder did not code: its
 * values are missing data, not "absent".
 */
export type CoderCoding = ReadonlyMap<Id, CodeSpans>;

function spansOf(passages: readonly AgreementPassage[], codeIdsOf: (p: AgreementPassage) => readonly Id[]): Map<Id, Map<Id, Span[]>> {
  const byDocument = new Map<Id, Map<Id, Span[]>>();
  for (const passage of passages) {
    const codeIds = codeIdsOf(passage);
    if (codeIds.length === 0 || passage.position.end <= passage.position.start) continue;
    const codes = byDocument.get(passage.documentId) ?? new Map<Id, Span[]>();
    byDocument.set(passage.documentId, codes);
    for (const codeId of new Set(codeIds)) codes.set(codeId, [...(codes.get(codeId) ?? []), [passage.position.start, passage.position.end]]);
  }
  for (const codes of byDocument.values()) for (const [codeId, spans] of codes) codes.set(codeId, merged(spans));
  return byDocument;
}

/** Each coder's coding of the documents, from the coders' own passages (the shared coding's left out), in the order of `coders`. */
export function coderCodings(passages: readonly AgreementPassage[], coders: readonly string[], documentIds: ReadonlySet<Id>): CoderCoding[] {
  const own = passages.filter((p) => p.consensus !== true && documentIds.has(p.documentId));
  return coders.map((coder) => spansOf(own.filter((p) => p.coder.trim() === coder), (p) => p.codeIds));
}

/** The shared coding's decisions: per document and code, the spans kept and the spans decided either way. */
export interface ConsensusCoding {
  kept: ReadonlyMap<Id, CodeSpans>;
  decided: ReadonlyMap<Id, CodeSpans>;
}

export function consensusCoding(passages: readonly AgreementPassage[], documentIds: ReadonlySet<Id>): ConsensusCoding {
  const shared = passages.filter((p) => p.consensus === true && documentIds.has(p.documentId));
  return {
    kept: spansOf(shared, (p) => p.codeIds),
    decided: spansOf(shared, (p) => [...p.codeIds, ...(p.droppedCodeIds ?? [])]),
  };
}
