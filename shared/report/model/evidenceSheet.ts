import type { CellValue, ColumnType } from '../../domain/tableValues';
import { catalogFor, translate, type Language } from '../../i18n';
import type { EvidenceRow } from './evidenceTable';

/** A column of a sheet to write: its header, the type of its cells, its width (in characters) and whether its text wraps. */
export interface SheetColumn {
  name: string;
  /** `text` cells are always written as text (never as formulas); `date` cells hold `YYYY-MM-DD`. */
  type: Extract<ColumnType, 'text' | 'integer' | 'date'>;
  width: number;
  wrap: boolean;
}

/** A table ready for a spreadsheet writer: a header per column and the rows' typed cells. */
export interface Sheet {
  name: string;
  columns: SheetColumn[];
  rows: CellValue[][];
  /** Optional fill colours (`#rrggbb`) per cell, rows × columns as `rows`; shown beside the text, never instead of it. */
  fills?: (string | null)[][];
}

interface EvidenceColumn {
  /** The header's key under `evidenceTable.column`. */
  key: string;
  type: SheetColumn['type'];
  width: number;
  wrap?: boolean;
  value: (row: EvidenceRow, word: (key: string) => string) => CellValue;
}

/**
 * The columns of the evidence table, in their order. A new column (e.g. linked judgements) is one entry
 * here, its header in `evidenceTable.column`, and its field in `EvidenceRow`.
 */
export const EVIDENCE_COLUMNS: readonly EvidenceColumn[] = [
  { key: 'kind', type: 'text', width: 13, value: (row, word) => word(`kind.${row.kind}`) },
  { key: 'quote', type: 'text', width: 70, wrap: true, value: (row) => row.text },
  { key: 'codes', type: 'text', width: 36, wrap: true, value: (row) => row.codes },
  { key: 'frameworks', type: 'text', width: 24, wrap: true, value: (row) => row.frameworks },
  { key: 'project', type: 'text', width: 30, value: (row) => row.projectName },
  { key: 'projectCode', type: 'text', width: 14, value: (row) => row.projectCode },
  { key: 'document', type: 'text', width: 36, value: (row) => row.document },
  { key: 'documentType', type: 'text', width: 16, value: (row) => row.documentType },
  { key: 'documentDate', type: 'date', width: 13, value: (row) => row.documentDate },
  { key: 'page', type: 'text', width: 7, value: (row) => row.page },
  { key: 'line', type: 'integer', width: 9, value: (row) => row.line },
  { key: 'column', type: 'text', width: 16, value: (row) => row.column },
  { key: 'strength', type: 'text', width: 18, value: (row) => row.strength },
  { key: 'direction', type: 'text', width: 12, value: (row) => row.direction },
  { key: 'coder', type: 'text', width: 18, value: (row) => row.coder },
  { key: 'memo', type: 'text', width: 40, wrap: true, value: (row) => row.memo },
  { key: 'judgements', type: 'text', width: 48, wrap: true, value: (row) => row.judgements },
  { key: 'createdAt', type: 'text', width: 24, value: (row) => row.createdAt },
  { key: 'updatedAt', type: 'text', width: 24, value: (row) => row.updatedAt },
];

/** Empty text is an empty cell. */
function cell(value: CellValue): CellValue {
  return value === '' ? null : value;
}

/** The evidence table as a sheet: headers in the language, one row per piece of evidence. */
export function evidenceSheet(rows: readonly EvidenceRow[], language: Language): Sheet {
  const catalog = catalogFor(language);
  const word = (key: string) => translate(catalog, `evidenceTable.${key}`);
  return {
    name: word('sheetName'),
    columns: EVIDENCE_COLUMNS.map((column) => ({ name: word(`column.${column.key}`), type: column.type, width: column.width, wrap: column.wrap ?? false })),
    rows: rows.map((row) => EVIDENCE_COLUMNS.map((column) => cell(column.value(row, word)))),
  };
}
