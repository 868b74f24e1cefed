import type { Id, IsoTimestamp } from './ids';
import type { EvidenceJudgement } from './segment';
import type { CellValue, TableColumn } from './tableValues';

/** An indicator or survey table kept in an evaluation, its rows linked to projects through a key column. */
export interface Dataset {
  id: Id;
  evaluationId: Id;
  name: string;
  fileName: string;
  format: 'csv' | 'xlsx';
  /** SHA-256 of the file the current rows came from. */
  sha256: string;
  columns: TableColumn[];
  /** The column whose values name the project (a code or a name), or null when rows are not linked. */
  keyColumn: number | null;
  rowCount: number;
  /** 1 for the first import, +1 for each re-import of a newer version of the same table. */
  version: number;
  importedAt: IsoTimestamp;
  updatedAt: IsoTimestamp;
}

/** One row of a dataset, with its typed values and the project it belongs to (null: not matched yet). */
export interface DatasetRow {
  id: Id;
  datasetId: Id;
  evaluationId: Id;
  /** The row's position in the dataset, from 0. */
  index: number;
  /** The 1-based line of the file where the row starts. */
  line: number;
  values: CellValue[];
  /** The key cell as written, trimmed; null when the dataset has no key column or the cell is empty. */
  key: string | null;
  projectId: Id | null;
}

/** A key matched to a project by hand, remembered for the evaluation's later tables. */
export interface KeyMatch {
  evaluationId: Id;
  /** The key normalised for matching (see normaliseKey). */
  key: string;
  projectId: Id;
}

/**
 * Evidence from a table: a dataset row, or one cell of it, coded like a text passage. The coding issue
 * builds its palette and panel on this; the results matrix counts it with the text segments.
 */
export interface DataCoding extends EvidenceJudgement {
  id: Id;
  evaluationId: Id;
  datasetId: Id;
  rowId: Id;
  /** The column of the coded cell, or null when the whole row is coded. */
  column: number | null;
  /** Denormalised from the row, for per-project queries; null while the row is unmatched. */
  projectId: Id | null;
  codeIds: Id[];
  createdAt: IsoTimestamp;
  updatedAt: IsoTimestamp;
}

/** How keys are compared: case, diacritics, spaces and dashes do not matter. */
export function normaliseKey(key: string): string {
  return key
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s\u00a0\u2010-\u2015_-]+/g, '');
}
