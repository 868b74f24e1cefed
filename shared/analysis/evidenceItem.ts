import type { DataCoding } from '../domain/dataset';
import type { SourceDocument } from '../domain/document';
import type { Project } from '../domain/project';
import type { EvidenceJudgement, Segment } from '../domain/segment';
import { hasDocumentCondition, hasProjectCondition, projectPasses, type MatrixFilter } from './matrixFilter';

/** One piece of evidence as the analysis reads it: a coded passage or a coded table row or cell. */
export interface EvidenceItem extends Pick<EvidenceJudgement, 'strength' | 'direction' | 'coder'> {
  kind: 'passage' | 'row';
  codeIds: readonly string[];
  projectId: string | null;
  /** The document of a passage; null for table data. */
  documentId: string | null;
}

export function passageItem(segment: Segment): EvidenceItem {
  return { kind: 'passage', codeIds: segment.codeIds, projectId: segment.projectId, documentId: segment.documentId, strength: segment.strength, direction: segment.direction, coder: segment.coder };
}

export function rowItem(coding: DataCoding): EvidenceItem {
  return { kind: 'row', codeIds: coding.codeIds, projectId: coding.projectId, documentId: null, strength: coding.strength, direction: coding.direction, coder: coding.coder };
}

/** What the filter needs to know of a document. */
export type DocumentFacts = Pick<SourceDocument, 'id' | 'type' | 'date'>;

/** What the filter looks up: the register's projects and the documents' type and date. */
export interface FilterContext {
  projects: readonly Project[];
  documents: readonly DocumentFacts[];
}

/**
 * The filter as one predicate on evidence, with the projects and documents that pass looked up once.
 * With a project condition, evidence of no project (unmatched table rows) drops out; with a document
 * condition, table data (which has no document) and passages of undated documents under a date range do.
 */
export function evidencePredicate(filter: MatrixFilter, context: FilterContext): (item: Pick<EvidenceItem, 'projectId' | 'documentId' | 'coder'>) => boolean {
  const projects = hasProjectCondition(filter) ? new Set(context.projects.filter((p) => projectPasses(filter, p)).map((p) => p.id)) : null;
  const documents = hasDocumentCondition(filter) ? new Set(context.documents.filter((d) => documentPasses(filter, d)).map((d) => d.id)) : null;
  const coder = filter.coder.trim();
  return (item) => {
    if (coder !== '' && item.coder.trim() !== coder) return false;
    if (projects !== null && (item.projectId === null || !projects.has(item.projectId))) return false;
    if (documents !== null && (item.documentId === null || !documents.has(item.documentId))) return false;
    return true;
  };
}

function documentPasses(filter: MatrixFilter, document: DocumentFacts): boolean {
  if (filter.documentType !== '' && document.type !== filter.documentType) return false;
  if (filter.dateFrom !== '' || filter.dateTo !== '') {
    if (document.date === null) return false;
    if (filter.dateFrom !== '' && document.date < filter.dateFrom) return false;
    if (filter.dateTo !== '' && document.date > filter.dateTo) return false;
  }
  return true;
}
