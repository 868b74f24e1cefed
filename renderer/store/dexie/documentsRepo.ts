import type { Id, SourceDocument } from '../../../shared/domain';
import type { ImportedDocument } from '../../../shared/ingest/documents/importTypes';
import { followSegments } from '../../../shared/text/followSegments';
import type { DocumentRecord, SparbarDatabase } from './db';
import type { RepositoryDeps } from './deps';
import { dropJudgementLinks } from './judgementLinks';

export type { DocumentRecord };

/** A parsed file to store in an evaluation, as a new document or a new version of one. */
export interface StoreDocumentRequest
  extends Pick<DocumentRecord, 'evaluationId' | 'projectId' | 'type' | 'date' | 'title' | 'authorOrganisation' | 'fileName' | 'mimeType' | 'wordCount'> {
  bytes: Uint8Array;
  imported: ImportedDocument;
  /** Store even when the same bytes are already in the evaluation. */
  allowDuplicate: boolean;
  /** The document this file replaces as its newer version; the old version is kept. */
  replaces: Id | null;
}

/** What the evaluator says about a document, editable after import. */
export type DocumentDetails = Pick<DocumentRecord, 'projectId' | 'type' | 'date' | 'title' | 'authorOrganisation'>;

/**
 * `anchors`: for a replacement, how many coded passages moved to the new version, and how many could not
 * be found in it and stay with the old version (still evidence, citing the old text).
 */
export type StoreDocumentResult =
  | { status: 'imported'; document: DocumentRecord; anchors: { moved: number; kept: number } | null }
  | { status: 'duplicate'; existing: DocumentRecord };

export function createDocumentsRepo(db: SparbarDatabase, deps: RepositoryDeps) {
  return {
    /** The evaluation's documents in their current versions, newest document date first. */
    async list(evaluationId: Id): Promise<DocumentRecord[]> {
      const documents = (await db.documents.where('evaluationId').equals(evaluationId).toArray()).filter((d) => d.supersededBy === null);
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
     * Stores a parsed file: the document, its text model and its original bytes in one transaction, so
     * a failure leaves nothing behind. A duplicate (same SHA-256 in the evaluation) is reported, not
     * stored, unless allowed. A replacement becomes the newer version; the old one is kept.
     */
    async store(request: StoreDocumentRequest): Promise<StoreDocumentResult> {
      const sha256 = await deps.sha256(request.bytes);
      const blob = new Blob([request.bytes as Uint8Array<ArrayBuffer>], { type: request.mimeType || 'application/octet-stream' });
      const { imported } = request;
      const id = deps.newId();
      const document: DocumentRecord = {
        id,
        evaluationId: request.evaluationId,
        projectId: request.projectId,
        type: request.type,
        date: request.date,
        title: request.title.trim() || request.fileName,
        authorOrganisation: request.authorOrganisation.trim(),
        fileName: request.fileName,
        mimeType: request.mimeType || 'application/octet-stream',
        format: imported.format,
        size: request.bytes.byteLength,
        sha256,
        pageCount: imported.pageCount,
        wordCount: request.wordCount,
        warnings: imported.warnings,
        importedAt: deps.now(),
        versionGroupId: id,
        version: 1,
        supersededBy: null,
      };
      return db.transaction('rw', [db.projects, db.documents, db.documentTexts, db.originals, db.segments], async (): Promise<StoreDocumentResult> => {
        const project = await db.projects.get(request.projectId);
        if (!project || project.evaluationId !== request.evaluationId) throw new Error(`No project ${request.projectId} in this evaluation`);
        const existing = await db.documents.where('[evaluationId+sha256]').equals([request.evaluationId, sha256]).first();
        if (existing && !request.allowDuplicate) return { status: 'duplicate', existing };
        let anchors: { moved: number; kept: number } | null = null;
        if (request.replaces !== null) {
          const old = await db.documents.get(request.replaces);
          if (!old || old.evaluationId !== request.evaluationId) throw new Error(`No document ${request.replaces} in this evaluation`);
          if (old.supersededBy !== null) throw new Error(`Document ${request.replaces} was already replaced`);
          document.versionGroupId = old.versionGroupId;
          document.version = old.version + 1;
          await db.documents.update(old.id, { supersededBy: document.id });
          // The coded passages follow to the new version where they can be found again.
          const followed = followSegments(await db.segments.where('documentId').equals(old.id).toArray(), imported.text, { documentId: id, projectId: document.projectId, now: deps.now() });
          for (const segment of followed.moved) {
            await db.segments.update(segment.id, { documentId: segment.documentId, projectId: segment.projectId, position: segment.position, quote: segment.quote, updatedAt: segment.updatedAt });
          }
          anchors = { moved: followed.moved.length, kept: followed.kept };
        }
        await db.documents.add(document);
        await db.documentTexts.add({ documentId: id, evaluationId: document.evaluationId, text: imported.text, blocks: imported.blocks });
        await db.originals.add({ documentId: id, evaluationId: document.evaluationId, blob });
        return { status: 'imported', document, anchors };
      });
    },

    /** Every version of a document, newest first. */
    async versions(versionGroupId: Id): Promise<DocumentRecord[]> {
      const versions = await db.documents.where('versionGroupId').equals(versionGroupId).toArray();
      return versions.sort((a, b) => b.version - a.version);
    },

    /**
     * Changes what the evaluator says about a document (project, type, date, title, author). A change of
     * project moves every version with its coded segments, in one transaction.
     */
    async updateDetails(id: Id, details: DocumentDetails): Promise<void> {
      await db.transaction('rw', [db.projects, db.documents, db.segments], async () => {
        const document = await db.documents.get(id);
        if (!document) throw new Error(`No document ${id}`);
        const project = await db.projects.get(details.projectId);
        if (!project || project.evaluationId !== document.evaluationId) throw new Error(`No project ${details.projectId} in this evaluation`);
        const title = details.title.trim() || document.fileName;
        await db.documents.update(id, { ...details, title, authorOrganisation: details.authorOrganisation.trim() });
        if (details.projectId !== document.projectId) {
          const ids = (await db.documents.where('versionGroupId').equals(document.versionGroupId).primaryKeys()) as Id[];
          await db.documents.where('id').anyOf(ids).modify({ projectId: details.projectId });
          await db.segments.where('documentId').anyOf(ids).modify({ projectId: details.projectId });
        }
      });
    },

    /** The ids of every version of the document `id` belongs to. */
    async versionIds(id: Id): Promise<Id[]> {
      const document = await db.documents.get(id);
      if (!document) return [];
      return (await db.documents.where('versionGroupId').equals(document.versionGroupId).primaryKeys()) as Id[];
    },

    /** Coded segments in all versions of the document, for the delete confirmation. */
    async segmentCount(id: Id): Promise<number> {
      const ids = await this.versionIds(id);
      return db.segments.where('documentId').anyOf(ids).count();
    },

    /** Deletes a document with all its versions, texts, originals and coded segments, in one transaction. */
    async remove(id: Id): Promise<void> {
      await db.transaction('rw', [db.documents, db.documentTexts, db.originals, db.segments, db.judgements, db.findings, db.recommendations], async () => {
        const ids = await this.versionIds(id);
        const segmentIds = (await db.segments.where('documentId').anyOf(ids).primaryKeys()) as Id[];
        await dropJudgementLinks(db, { segmentIds: new Set(segmentIds) }, deps.now());
        await db.segments.where('documentId').anyOf(ids).delete();
        await db.documentTexts.bulkDelete(ids);
        await db.originals.bulkDelete(ids);
        await db.documents.bulkDelete(ids);
      });
    },
  };
}

export type DocumentsRepo = ReturnType<typeof createDocumentsRepo>;
