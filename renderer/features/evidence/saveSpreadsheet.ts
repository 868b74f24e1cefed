import type { TFunction } from 'i18next';
import type { DataCoding, DatasetRow } from '../../../shared/domain';
import type { Repositories } from '../../store';
import type { Platform } from '../../platform';

/** The two files a table is exported as. */
export const EVIDENCE_FORMATS = ['xlsx', 'csv'] as const;
export type EvidenceFormat = (typeof EVIDENCE_FORMATS)[number];

const MIME: Record<EvidenceFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
};


/** The rows the data codings point at (only those), read per dataset that holds them. */
export async function codedRows(repos: Repositories, codings: readonly DataCoding[]): Promise<DatasetRow[]> {
  const wanted = new Set(codings.map((coding) => coding.rowId));
  const rows: DatasetRow[] = [];
  for (const datasetId of new Set(codings.map((coding) => coding.datasetId))) {
    for (const row of await repos.datasets.rows(datasetId)) if (wanted.has(row.id)) rows.push(row);
  }
  return rows;
}

/** Hands the workbook or CSV to the platform to save, with the format's filter; whether it was saved. */
export function saveSpreadsheet(platform: Platform, t: TFunction, fileName: string, format: EvidenceFormat, bytes: Uint8Array): Promise<boolean> {
  return platform.saveFile({
    title: t('dialog.saveTitle'),
    suggestedName: fileName,
    filters: [{ name: t(format === 'xlsx' ? 'ui.evidenceExport.filterXlsx' : 'ui.evidenceExport.filterCsv'), extensions: [format] }],
    bytes,
    mimeType: MIME[format],
  });
}
