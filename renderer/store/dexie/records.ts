import type { DocumentText, Id, IsoTimestamp, Project } from '../../../shared/domain';

/** The original bytes of a document, kept unchanged beside its text model. */
export interface OriginalFileRecord {
  documentId: Id;
  evaluationId: Id;
  blob: Blob;
}

/** A document's text model, kept apart from its metadata so lists stay light (stored in pieces: documentTextStore.ts). */
export type DocumentTextRecord = DocumentText;

/** App settings by key (language, ...). */
export interface SettingRecord {
  key: string;
  value: unknown;
  updatedAt: IsoTimestamp;
}

/** What it takes to undo a register import: the projects it created, and the others as they were. */
export interface UndoRecord {
  id: Id;
  evaluationId: Id;
  kind: 'registerImport';
  createdAt: IsoTimestamp;
  createdProjectIds: Id[];
  previous: Project[];
}
