import { isRecord } from '../base/guards';
import { splitDocumentText, type Block, type PieceLimits } from '../domain';
import type { StoredRecord } from './step';

/**
 * v9 → v10 changes how the store keeps a document's text, not what a text is: the database's one record
 * per text (`documentTexts`, {documentId, evaluationId, text, blocks}) becomes that text's pieces
 * (`documentTextPieces`, keyed [documentId+index], see shared/domain/documentText.ts), so no record comes
 * near the browser's limit on one value. A snapshot (an evaluation file) keeps whole texts in
 * `documentTexts` at every version, so this version has no step in MIGRATIONS: the store splits a text
 * when it writes one (an import, a restored file) and joins it when it reads it. This is the step the
 * database upgrade applies to each stored text.
 */
export function documentTextToPieces(record: StoredRecord, limits?: PieceLimits): StoredRecord[] {
  const { documentId, evaluationId, text, blocks } = record;
  if (typeof documentId !== 'string' || typeof evaluationId !== 'string' || typeof text !== 'string' || !Array.isArray(blocks) || !blocks.every(isRecord)) {
    // Not a text as v9 wrote it: kept whole as the first and only piece, so nothing of it is lost.
    return [{ ...record, index: 0 }];
  }
  // Blocks are kept as they were stored; only their order and offsets matter to the split.
  const pieces = splitDocumentText({ documentId, evaluationId, text, blocks: blocks as unknown as Block[] }, limits);
  return pieces.map((piece) => ({ ...piece }));
}
