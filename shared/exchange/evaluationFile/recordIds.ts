import { isRecord, isString } from '../../base/guards';
import type { StoredRecord } from '../../migrations';

/** The fields of a record that hold the id of a record (or null), at the top of a record. */
export const ID_FIELDS = ['id', 'evaluationId', 'projectId', 'documentId', 'parentId', 'versionGroupId', 'supersededBy', 'duplicateOf', 'datasetId', 'rowId', 'criterionCodeId'] as const;
/** The fields that hold lists of ids. */
export const ID_LIST_FIELDS = ['codeIds', 'droppedCodeIds', 'documentIds', 'segmentIds', 'dataCodingIds', 'judgementIds', 'findingIds'] as const;

/**
 * A record with every id it holds (its own, its references, its lists of ids, a judgement subject's
 * project) passed through `remap`. The record is left as it was.
 */
export function remapRecordIds(record: StoredRecord, remap: (id: string) => string): StoredRecord {
  const remapValue = (value: unknown): unknown => (isString(value) ? remap(value) : value);
  const copy: Record<string, unknown> = { ...record };
  for (const field of ID_FIELDS) if (Object.hasOwn(copy, field)) copy[field] = remapValue(copy[field]);
  for (const field of ID_LIST_FIELDS) if (Array.isArray(copy[field])) copy[field] = (copy[field] as unknown[]).map(remapValue);
  const subject = copy.subject;
  if (isRecord(subject) && Object.hasOwn(subject, 'projectId')) copy.subject = { ...subject, projectId: remapValue(subject.projectId) };
  return copy;
}
