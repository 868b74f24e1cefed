import type { Id, SourceDocument } from '../../../shared/domain';
import type { ChangeSet } from '../../../shared/coding/changeSet';
import { documentDetailsChanges, documentFieldsOf, twinMarked, type DocumentDetails, type DocumentFields } from '../../../shared/coding/documentEdit';
import { formChanges, type FormEdit } from '../../../shared/domain/formChanges';
import type { ImportedDocument } from '../../../shared/ingest/documents/importTypes';
import { followSegments } from '../../../shared/text/followSegments';
import { documentFingerprint, findTwin, fingerprintOfSketch, sketchOf, type TextFingerprint } from '../../../shared/text/textSimilarity';
import type { DocumentRecord, SparbarDatabase } from './db';
import type { RepositoryDeps } from './deps';
import { commitStep, stepTables, type Saved } from './changeWriter';
import { dropJudgementLinks } from './judgementLinks';
import { addTexts, deleteTexts, readText, readTextsOf } from './documentTextStore';
import { auditTables, logEvent } from './auditEvent';

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

export type { DocumentDetails };

/**
 * `anchors`: for a replacement, how many coded passages moved to the new version, and how many could not
 * be found in it and stay with the old version (still evidence, citing the old text).
 */
export type StoreDocumentResult =
  | {
      status: 'imported';
      document: DocumentRecord;
      anchors: { moved: number; kept: number } | null;
      /** The older document whose text this one repeats (it was marked as its twin), with how alike they are. */
      twin: { of: DocumentRecord; similarity: number } | null;
    }
  | { status: 'duplicate'; existing: DocumentRecord };

export function createDocumentsRepo(db: SparbarDatabase, deps: RepositoryDeps) {
  /** The current document of the evaluation whose text the new one repeats, by the rule of shared/text/textSimilarity (its sketch against theirs). */
  async function twinOf(evaluationId: Id, fingerprint: TextFingerprint): Promise<{ of: DocumentRecord; similarity: number } | null> {
    const current = (await db.documents.where('evaluationId').equals(evaluationId).toArray()).filter((d) => d.supersededBy === null);
    const candidates = current.flatMap((d) => (d.sketch ? [{ id: d.id, duplicateOf: d.duplicateOf, fingerprint: fingerprintOfSketch(d.sketch) }] : []));
    const twin = findTwin(fingerprint, candidates);
    const of = twin && current.find((d) => d.id === twin.of);
    return twin && of ? { of, similarity: twin.similarity } : null;
  }

  /** A document's project must be one of its evaluation's; null is the programme as a whole. */
  async function checkProject(evaluationId: Id, projectId: Id | null): Promise<void> {
    if (projectId === null) return;
    const project = await db.projects.get(projectId);
    if (!project || project.evaluationId !== evaluationId) throw new Error(`No project ${projectId} in this evaluation`);
  }

  /** A document's twin must be another document of its evaluation; null is no twin. */
  async function checkTwin(document: DocumentRecord, of: Id | null): Promise<void> {
    if (of === null) return;
    const original = await db.documents.get(of);
    if (!original || original.evaluationId !== document.evaluationId || original.id === document.id) throw new Error(`No other document ${of} in this evaluation`);
  }

  async function documentOf(id: Id): Promise<DocumentRecord> {
    const document = await db.documents.get(id);
    if (!document) throw new Error(`No document ${id}`);
    return document;
  }

  /** One edit of a document's details as a step (see documentDetailsChanges); inside a transaction. */
  async function detailsStep(document: DocumentRecord, details: DocumentDetails, twinOf?: Id | null): Promise<ChangeSet | null> {
    await checkProject(document.evaluationId, details.projectId);
    if (twinOf !== undefined) await checkTwin(document, twinOf);
    const versions = await db.documents.where('versionGroupId').equals(document.versionGroupId).toArray();
    const segments = await db.segments.where('documentId').anyOf(versions.map((v) => v.id)).toArray();
    return commitStep(db, deps, {
      evaluationId: document.evaluationId,
      action: 'editDocument',
      summary: details.title.trim() || document.fileName,
      changes: documentDetailsChanges(document, details, versions, segments, deps.now(), twinOf),
    });
  }

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
      const [document, text] = await db.transaction('r', [db.documents, db.documentTextPieces], () => Promise.all([db.documents.get(id), readText(db, id)]));
      if (!document || !text) return undefined;
      return { ...document, text: text.text, blocks: text.blocks };
    },

    /** The texts of an evaluation's documents, for building the report. */
    async textsOf(evaluationId: Id): Promise<SourceDocument[]> {
      const [documents, texts] = await db.transaction('r', [db.documents, db.documentTextPieces], () =>
        Promise.all([db.documents.where('evaluationId').equals(evaluationId).toArray(), readTextsOf(db, evaluationId)]),
      );
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
      // Made before the transaction: one pass over the text, the only time it is read for twins.
      const fingerprint = documentFingerprint(imported);
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
        duplicateOf: null,
        duplicateSimilarity: null,
        sketch: sketchOf(fingerprint),
      };
      return db.transaction('rw', [db.projects, db.documents, db.documentTextPieces, db.originals, db.segments, ...auditTables(db)], async (): Promise<StoreDocumentResult> => {
        await checkProject(request.evaluationId, request.projectId);
        const existing = await db.documents.where('[evaluationId+sha256]').equals([request.evaluationId, sha256]).first();
        if (existing && !request.allowDuplicate) return { status: 'duplicate', existing };
        // The same text in another format is imported, marked as the twin of the older document (a new version of a report is no twin).
        const twin = request.replaces === null ? await twinOf(request.evaluationId, fingerprint) : null;
        if (twin) {
          document.duplicateOf = twin.of.id;
          document.duplicateSimilarity = twin.similarity;
        }
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
        await addTexts(db, [{ documentId: id, evaluationId: document.evaluationId, text: imported.text, blocks: imported.blocks }]);
        await db.originals.add({ documentId: id, evaluationId: document.evaluationId, blob });
        await logEvent(db, deps, { evaluationId: document.evaluationId, action: 'importDocument', summary: document.title === '' ? document.fileName : `${document.title} (${document.fileName})` });
        return { status: 'imported', document, anchors, twin };
      });
    },

    /** Every version of a document, newest first. */
    async versions(versionGroupId: Id): Promise<DocumentRecord[]> {
      const versions = await db.documents.where('versionGroupId').equals(versionGroupId).toArray();
      return versions.sort((a, b) => b.version - a.version);
    },

    /**
     * Changes what the evaluator says about a document (project or the programme as a whole, type, date,
     * title, author) and, when `twinOf` is given, which document it is the twin of. A change of project
     * moves every version, and its coded passages by the move rule (`passageProjectIn`): to a project, they
     * take it; to the programme, they keep theirs. One transaction and one undoable step.
     */
    async updateDetails(id: Id, details: DocumentDetails, twinOf?: Id | null): Promise<ChangeSet | null> {
      return db.transaction('rw', [db.projects, ...stepTables(db)], async () => detailsStep(await documentOf(id), details, twinOf));
    },

    /**
     * Saves what the details form changed (see formChanges), as updateDetails does, writing only those
     * fields; a field also changed elsewhere since the form opened writes nothing and comes back.
     */
    async editDetails(id: Id, edit: FormEdit<DocumentFields>): Promise<Saved<DocumentFields>> {
      return db.transaction('rw', [db.projects, ...stepTables(db)], async () => {
        const document = await documentOf(id);
        const { patch, conflicts } = formChanges(edit.base, edit.edited, documentFieldsOf(document));
        if (conflicts.length > 0) return { step: null, conflicts };
        const { duplicateOf, ...details } = { ...documentFieldsOf(document), ...patch };
        return { step: await detailsStep(document, details, 'duplicateOf' in patch ? duplicateOf : undefined), conflicts: [] };
      });
    },

    /**
     * Marks a document as the twin of another (the same text in another format: its evidence is counted
     * once), or, with null, as no twin ("Inte en dubblett"). A mark by hand has no similarity, unless
     * the caller puts back one that was measured. One undoable step.
     */
    async setDuplicateOf(id: Id, of: Id | null, similarity: number | null = null): Promise<ChangeSet | null> {
      return db.transaction('rw', stepTables(db), async () => {
        const document = await db.documents.get(id);
        if (!document) throw new Error(`No document ${id}`);
        await checkTwin(document, of);
        return commitStep(db, deps, {
          evaluationId: document.evaluationId,
          action: of === null ? 'unmarkTwin' : 'markTwin',
          summary: document.title,
          changes: [{ table: 'documents', id, before: document, after: twinMarked(document, of, similarity) }],
        });
      });
    },

    /** The documents marked as twins of this one. */
    twinsOf(id: Id): Promise<DocumentRecord[]> {
      return db.documents.where('duplicateOf').equals(id).toArray();
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
      await db.transaction('rw', [db.documents, db.documentTextPieces, db.originals, db.segments, db.judgements, db.findings, db.recommendations, ...auditTables(db)], async () => {
        const ids = await this.versionIds(id);
        const document = await db.documents.get(id);
        const segmentIds = (await db.segments.where('documentId').anyOf(ids).primaryKeys()) as Id[];
        await dropJudgementLinks(db, { segmentIds: new Set(segmentIds) }, deps.now());
        await db.segments.where('documentId').anyOf(ids).delete();
        // Its twins repeat nothing any more.
        await db.documents.where('duplicateOf').anyOf(ids).modify({ duplicateOf: null, duplicateSimilarity: null });
        await deleteTexts(db, ids);
        await db.originals.bulkDelete(ids);
        await db.documents.bulkDelete(ids);
        if (document) await logEvent(db, deps, { evaluationId: document.evaluationId, action: 'deleteDocument', summary: document.title || document.fileName, segmentIds });
      });
    },
  };
}

export type DocumentsRepo = ReturnType<typeof createDocumentsRepo>;
