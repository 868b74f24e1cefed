import { Dexie } from 'dexie';
import { joinDocumentText, joinDocumentTexts, splitDocumentText, type DocumentText, type Id } from '../../../shared/domain';
import type { SparbarDatabase } from './db';

/**
 * A document's text as one record to its readers and writers, kept as pieces (schema v10,
 * shared/domain/documentText.ts). Every function runs in the caller's transaction when there is one,
 * which must include `db.documentTextPieces`.
 */

/** A document's whole text, or undefined when it has none. */
export async function readText(db: SparbarDatabase, documentId: Id): Promise<DocumentText | undefined> {
  const pieces = await db.documentTextPieces.where('[documentId+index]').between([documentId, Dexie.minKey], [documentId, Dexie.maxKey]).toArray();
  return joinDocumentText(pieces) ?? undefined;
}

/** The whole texts of an evaluation's documents. */
export async function readTextsOf(db: SparbarDatabase, evaluationId: Id): Promise<DocumentText[]> {
  return joinDocumentTexts(await db.documentTextPieces.where('evaluationId').equals(evaluationId).toArray());
}

/** Stores texts as their pieces (adds: a text already stored is an error, as it was with one record). */
export async function addTexts(db: SparbarDatabase, texts: readonly DocumentText[]): Promise<void> {
  const pieces = texts.flatMap((text) => splitDocumentText(text));
  if (pieces.length > 0) await db.documentTextPieces.bulkAdd(pieces);
}

/** Deletes the texts of these documents, every piece. */
export async function deleteTexts(db: SparbarDatabase, documentIds: readonly Id[]): Promise<void> {
  if (documentIds.length > 0) await db.documentTextPieces.where('documentId').anyOf([...documentIds]).delete();
}
