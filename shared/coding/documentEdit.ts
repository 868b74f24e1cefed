import type { DocumentRecord, Id, IsoTimestamp, Segment } from '../domain';
import type { RecordChange } from './changeSet';
import { passageProjectIn } from './passageProject';

/** What the evaluator says about a document, editable after import. */
export type DocumentDetails = Pick<DocumentRecord, 'projectId' | 'type' | 'date' | 'title' | 'authorOrganisation'>;

/** What the details form edits: the details and the document this one is a twin of (null: none). */
export type DocumentFields = DocumentDetails & { duplicateOf: Id | null };

/** A document's editable fields. */
export function documentFieldsOf(document: DocumentRecord): DocumentFields {
  const { projectId, type, date, title, authorOrganisation, duplicateOf } = document;
  return { projectId, type, date, title, authorOrganisation, duplicateOf };
}

/**
 * The changes of one edit of a document's details: the document (its title trimmed, or its file name when
 * empty); on a change of project every version moves, and the passages of every version by THE MOVE RULE
 * (`passageProjectIn`). `versions` are all versions of the document's group (the document among them),
 * `segments` the passages of those versions. With `twinOf` the same step marks or unmarks the twin.
 */
export function documentDetailsChanges(
  document: DocumentRecord,
  details: DocumentDetails,
  versions: readonly DocumentRecord[],
  segments: readonly Segment[],
  now: IsoTimestamp,
  twinOf?: Id | null,
): RecordChange[] {
  const detailed: DocumentRecord = {
    ...document,
    ...details,
    title: details.title.trim() || document.fileName,
    authorOrganisation: details.authorOrganisation.trim(),
  };
  const edited = twinOf === undefined || twinOf === document.duplicateOf ? detailed : twinMarked(detailed, twinOf, null);
  const changes: RecordChange[] = [{ table: 'documents', id: document.id, before: document, after: edited }];
  if (details.projectId === document.projectId) return changes;
  for (const version of versions) {
    if (version.id === document.id || version.projectId === details.projectId) continue;
    changes.push({ table: 'documents', id: version.id, before: version, after: { ...version, projectId: details.projectId } });
  }
  for (const segment of segments) {
    const projectId = passageProjectIn(details.projectId, segment.projectId);
    if (projectId !== segment.projectId) changes.push({ table: 'segments', id: segment.id, before: segment, after: { ...segment, projectId, updatedAt: now } });
  }
  return changes;
}

/**
 * A document marked as the twin of `of` (the same text in another format), or with null as no twin. A
 * mark by hand has no similarity unless one measured is given; marked again as the twin of the same
 * document, it keeps the similarity it had.
 */
export function twinMarked(document: DocumentRecord, of: Id | null, similarity: number | null): DocumentRecord {
  const kept = of !== null && of === document.duplicateOf ? document.duplicateSimilarity : null;
  return { ...document, duplicateOf: of, duplicateSimilarity: of === null ? null : (similarity ?? kept) };
}
