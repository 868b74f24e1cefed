import type { Id } from '../domain/ids';
import type { Segment } from '../domain/segment';
import { merged, overlapLength as overlap, spanLength as length, type Span } from './agreement/spans';

/** How alike two or more coders coded the same documents. */
export interface CoderAgreement {
  /** Documents coded by at least two coders. */
  documents: number;
  /** Pairs of coders compared, counted per document. */
  pairs: number;
  /** Overlap over union of the coded text (0-1), or null where no document was coded by two coders. */
  agreement: number | null;
}

/**
 * Inter-coder agreement by the coded text: in every document that two or more coders coded, for every
 * pair of coders and every code either of them applied there, the characters both coded with the code
 * and the characters either coded with it; the agreement is the sum of the first over the sum of the
 * second (1: the same text coded alike, 0: no text coded alike). Passages without a coder name, and the shared coding's (`consensus`), are left out.
 */
export function coderAgreement(segments: readonly Pick<Segment, 'documentId' | 'coder' | 'codeIds' | 'position' | 'consensus'>[]): CoderAgreement {
  const byDocument = new Map<Id, Map<string, Map<Id, Span[]>>>();
  for (const segment of segments) {
    const coder = segment.coder.trim();
    if (coder === '' || segment.consensus === true || segment.position.end <= segment.position.start) continue;
    const coders = byDocument.get(segment.documentId) ?? new Map<string, Map<Id, Span[]>>();
    byDocument.set(segment.documentId, coders);
    const codes = coders.get(coder) ?? new Map<Id, Span[]>();
    coders.set(coder, codes);
    for (const codeId of new Set(segment.codeIds)) {
      const spans = codes.get(codeId) ?? [];
      spans.push([segment.position.start, segment.position.end]);
      codes.set(codeId, spans);
    }
  }
  let documents = 0;
  let pairs = 0;
  let both = 0;
  let either = 0;
  for (const coders of byDocument.values()) {
    const list = [...coders.values()].map((codes) => new Map([...codes].map(([id, spans]) => [id, merged(spans)])));
    if (list.length < 2) continue;
    documents += 1;
    for (let i = 0; i < list.length; i += 1) {
      for (let j = i + 1; j < list.length; j += 1) {
        pairs += 1;
        const a = list[i] as Map<Id, Span[]>;
        const b = list[j] as Map<Id, Span[]>;
        for (const codeId of new Set([...a.keys(), ...b.keys()])) {
          const x = a.get(codeId) ?? [];
          const y = b.get(codeId) ?? [];
          const shared = overlap(x, y);
          both += shared;
          either += length(x) + length(y) - shared;
        }
      }
    }
  }
  return { documents, pairs, agreement: documents === 0 || either === 0 ? null : both / either };
}
