import type { DocumentRecord } from '../../domain/document';
import type { DocumentText } from '../../domain/documentText';
import type { Id } from '../../domain/ids';
import type { AgreementDocument } from './agreementUnits';
import type { AgreementPassage } from './codedSpans';

const collator = new Intl.Collator('sv', { sensitivity: 'base', numeric: true });

/** Whether a passage is a coder's own coded passage (not the shared coding's, with a coder and a code). */
function ownCoded(p: AgreementPassage): boolean {
  return p.consensus !== true && p.coder.trim() !== '' && p.codeIds.length > 0;
}

/** The coders who coded passages themselves, in Swedish alphabetical order. */
export function codersOf(passages: readonly AgreementPassage[]): string[] {
  return [...new Set(passages.filter(ownCoded).map((p) => p.coder.trim()))].sort(collator.compare);
}

/**
 * The documents agreement compares: those not replaced by a newer version (a superseded report's coding
 * lives on in its successor). The screen and the command line both choose through this.
 */
export function currentDocumentIds(documents: readonly Pick<DocumentRecord, 'id' | 'supersededBy'>[]): Set<Id> {
  return new Set(documents.filter((d) => d.supersededBy === null).map((d) => d.id));
}

/** The documents at least two of the coders coded, each with the coders who did. */
export function documentsCodedBy(passages: readonly AgreementPassage[], coders: readonly string[]): Map<Id, string[]> {
  const chosen = new Set(coders);
  const byDocument = new Map<Id, Set<string>>();
  for (const p of passages) {
    if (!ownCoded(p) || !chosen.has(p.coder.trim())) continue;
    byDocument.set(p.documentId, (byDocument.get(p.documentId) ?? new Set()).add(p.coder.trim()));
  }
  return new Map([...byDocument].filter(([, who]) => who.size >= 2).map(([id, who]) => [id, [...who].sort(collator.compare)]));
}

/** The documents to compare as agreement reads them: each text's length and blocks, in the order of `ids` (a document without a text is left out). */
export function agreementDocuments(texts: readonly DocumentText[], ids: readonly Id[]): AgreementDocument[] {
  const byId = new Map(texts.map((t) => [t.documentId, t]));
  return ids.flatMap((id) => {
    const text = byId.get(id);
    return text ? [{ id, length: text.text.length, blocks: text.blocks.map((b) => ({ start: b.start, end: b.end })) }] : [];
  });
}
