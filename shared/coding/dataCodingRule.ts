import type { DataCoding, DatasetRow, Id } from '../domain';
import { newEvidenceFields, withCodeAdded } from './evidenceFields';

/** Whether `column` names a column of a dataset with `columnCount` columns (null: the whole row). */
export function isColumnOf(column: number | null, columnCount: number): boolean {
  return column === null || (Number.isInteger(column) && column >= 0 && column < columnCount);
}

/** What the table coding rule needs to know to code a dataset row or cell with a code. */
export interface DataCodingInput {
  row: Pick<DatasetRow, 'id' | 'evaluationId' | 'datasetId' | 'projectId'>;
  /** The coded cell's column, or null for the whole row. */
  column: number | null;
  /** The row's codings (of any cell). */
  codings: readonly DataCoding[];
  codeId: Id;
  coder: string;
  now: string;
  /** The id of a new coding; called only when one is made. */
  newId: () => Id;
}

/**
 * The table coding rule: a coding of the same row and cell gets the code (unless it has it already), else
 * a new coding is made. Returns the coding to write, or null when coding changes nothing.
 */
export function dataCodingRule(input: DataCodingInput): DataCoding | null {
  const { row, column, codeId, now } = input;
  const existing = input.codings.find((coding) => coding.column === column);
  if (existing) return withCodeAdded(existing, codeId, now);
  return {
    id: input.newId(),
    evaluationId: row.evaluationId,
    datasetId: row.datasetId,
    rowId: row.id,
    column,
    projectId: row.projectId,
    ...newEvidenceFields(codeId, input.coder, now),
  };
}
