import type { Id, SourceDocument } from '../../shared/domain';
import { importPlainText } from '../../shared/text/plainText';
import type { DocumentRecord, SparbarDatabase } from './db';

export type { DocumentRecord };
import type { RepositoryDeps } from './deps';

export type TextImportRequest = Pick<DocumentRecord, 'evaluationId' | 'projectId' | 'type' | 'date' | 'title' | 'fileName' | 'mimeType'> & {
  bytes: Uint8Array;
  /** Import even when the same bytes are already in the evaluation. */
  allowDuplicate: boolean;
};

export type TextImportResult =
  | { status: 'imported'; document: DocumentRecord }
  | { status: 'duplicate'; existing: DocumentRecord };

export function createDocumentsRepo(db: SparbarDatabase, deps: RepositoryDeps) {
  return {
    /** The evaluation's documents, newest document date first. */
    async list(evaluationId: Id): Promise<DocumentRecord[]> {
      const documents = await db.documents.where('evaluationId').equals(evaluationId).toArray();
      return documents.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title, 'sv'));
    },

    get(id: Id): Promise<DocumentRecord | undefined> {
      return db.documents.get(id);
    },

    /** The document with its text model, for the reader. */
    async getWithText(id: Id): Promise<SourceDocument | undefined> {
      const [document, text] = await Promise.all([db.documents.get(id), db.documentTexts.get(id)]);
      if (!document || !text) return undefined;
      return { ...document, text: text.text, blocks: text.blocks };
    },

    /** The texts of an evaluation's documents, for building the report. */
    async textsOf(evaluationId: Id): Promise<SourceDocument[]> {
      const [documents, texts] = await Promise.all([
        db.documents.where('evaluationId').equals(evaluationId).toArray(),
        db.documentTexts.where('evaluationId').equals(evaluationId).toArray(),
      ]);
      const byId = new Map(texts.map((text) => [text.documentId, text]));
      return documents.flatMap((document) => {
        const text = byId.get(document.id);
        return text ? [{ ...document, text: text.text, blocks: text.blocks }] : [];
      });
    },

    original(id: Id): Promise<Blob | undefined> {
      return db.originals.get(id).then((record) => record?.blob);
    },

    /**
     * Imports a UTF-8 plain-text report. Parsing and hashing happen first; then the document, its text
     * and its original bytes are stored in one transaction, so a failure leaves nothing behind.
     * Throws PlainTextImportError for a file that is not usable text.
     */
    async importText(request: TextImportRequest): Promise<TextImportResult> {
      const model = importPlainText(request.bytes);
      const sha256 = await deps.sha256(request.bytes);
      const blob = new Blob([request.bytes as Uint8Array<ArrayBuffer>], { type: request.mimeType || 'text/plain' });
      const document: DocumentRecord = {
        id: deps.newId(),
        evaluationId: request.evaluationId,
        projectId: request.projectId,
        type: request.type,
        date: request.date,
        title: request.title.trim() || request.fileName,
        fileName: request.fileName,
        mimeType: request.mimeType || 'text/plain',
        size: request.bytes.byteLength,
        sha256,
        warnings: [],
        importedAt: deps.now(),
      };
      return db.transaction('rw', [db.projects, db.documents, db.documentTexts, db.originals], async (): Promise<TextImportResult> => {
        const project = await db.projects.get(request.projectId);
        if (!project || project.evaluationId !== request.evaluationId) throw new Error(`No project ${request.projectId} in this evaluation`);
        const existing = await db.documents.where('[evaluationId+sha256]').equals([request.evaluationId, sha256]).first();
        if (existing && !request.allowDuplicate) return { status: 'duplicate', existing };
        await db.documents.add(document);
        await db.documentTexts.add({ documentId: document.id, evaluationId: document.evaluationId, text: model.text, blocks: model.blocks });
        await db.originals.add({ documentId: document.id, evaluationId: document.evaluationId, blob });
        return { status: 'imported', document };
      });
    },

    async segmentCount(id: Id): Promise<number> {
      return db.segments.where('documentId').equals(id).count();
    },

    /** Deletes a document with its text, original and coded segments, in one transaction. */
    async remove(id: Id): Promise<void> {
      await db.transaction('rw', [db.documents, db.documentTexts, db.originals, db.segments], async () => {
        await db.segments.where('documentId').equals(id).delete();
        await db.documentTexts.delete(id);
        await db.originals.delete(id);
        await db.documents.delete(id);
      });
    },
  };
}

export type DocumentsRepo = ReturnType<typeof createDocumentsRepo>;
