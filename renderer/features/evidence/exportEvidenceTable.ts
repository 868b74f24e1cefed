import type { TFunction } from 'i18next';
import type { DatasetRow, Id } from '../../../shared/domain';
import type { Language } from '../../../shared/i18n';
import { buildEvidenceTable } from '../../../shared/report/model/evidenceTable';
import { evidenceSheet } from '../../../shared/report/model/evidenceSheet';
import type { Repositories } from '../../store';
import type { Platform } from '../../platform';
import { sheetCsv, sheetXlsx } from './evidenceFiles';

/** The two files the evidence table is exported as. */
export const EVIDENCE_FORMATS = ['xlsx', 'csv'] as const;
export type EvidenceFormat = (typeof EVIDENCE_FORMATS)[number];

const MIME: Record<EvidenceFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
};

/** A file name from the evaluation's title: letters (åäö too), digits, spaces and dashes, then the extension. */
export function evidenceFileName(t: TFunction, title: string, format: EvidenceFormat): string {
  const safe = title.normalize('NFC').replace(/[^\p{L}\p{N} _-]+/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 120);
  return `${t('ui.evidenceExport.fileName', { title: safe || 'Spårbar' }).trim()}.${format}`;
}

/**
 * Reads the evaluation's evidence as it is now, builds the evidence table in the language, writes it
 * as .xlsx or as CSV for Swedish Excel and hands it to the platform to save.
 */
export async function exportEvidenceTable(
  repos: Repositories,
  platform: Platform,
  evaluationId: Id,
  format: EvidenceFormat,
  language: Language,
  t: TFunction,
): Promise<{ saved: boolean; fileName: string; count: number }> {
  const [evaluation, projects, documents, codes, segments, datasets, dataCodings, judgements, scales] = await Promise.all([
    repos.evaluations.get(evaluationId),
    repos.projects.list(evaluationId),
    repos.documents.textsOf(evaluationId),
    repos.codes.list(evaluationId),
    repos.segments.listByEvaluation(evaluationId),
    repos.datasets.list(evaluationId),
    repos.datasets.codingsOfEvaluation(evaluationId),
    repos.judgements.list(evaluationId),
    repos.judgements.scales(evaluationId),
  ]);
  // Only the rows that are coded, read per dataset that holds codings.
  const coded = new Set(dataCodings.map((coding) => coding.rowId));
  const rows: DatasetRow[] = [];
  for (const datasetId of new Set(dataCodings.map((coding) => coding.datasetId))) {
    for (const row of await repos.datasets.rows(datasetId)) if (coded.has(row.id)) rows.push(row);
  }
  const table = buildEvidenceTable({ projects, documents, codes, segments, datasets, rows, dataCodings, judgements, scales, language });
  const sheet = evidenceSheet(table, language);
  const bytes = format === 'xlsx' ? await sheetXlsx(sheet) : sheetCsv(sheet);
  const fileName = evidenceFileName(t, evaluation?.title ?? '', format);
  const saved = await platform.saveFile({
    title: t('dialog.saveTitle'),
    suggestedName: fileName,
    filters: [{ name: t(format === 'xlsx' ? 'ui.evidenceExport.filterXlsx' : 'ui.evidenceExport.filterCsv'), extensions: [format] }],
    bytes,
    mimeType: MIME[format],
  });
  return { saved, fileName, count: table.length };
}
