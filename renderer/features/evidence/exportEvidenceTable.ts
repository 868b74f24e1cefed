import type { TFunction } from 'i18next';
import type { Id } from '../../../shared/domain';
import type { Language } from '../../../shared/i18n';
import { buildEvidenceTable } from '../../../shared/report/model/evidenceTable';
import { evidenceSheet } from '../../../shared/report/model/evidenceSheet';
import type { Repositories } from '../../store';
import type { Platform } from '../../platform';
import { sheetCsv, sheetXlsx } from './evidenceFiles';
import { codedRows, saveSpreadsheet, type EvidenceFormat } from './saveSpreadsheet';
import { fileNamePart } from '../../../shared/base/fileNamePart';

export { EVIDENCE_FORMATS, type EvidenceFormat } from './saveSpreadsheet';

/** A file name from the evaluation's title: letters (åäö too), digits, spaces and dashes, then the extension. */
export function evidenceFileName(t: TFunction, title: string, format: EvidenceFormat): string {
  return `${t('ui.evidenceExport.fileName', { title: fileNamePart(title) || 'Spårbar' }).trim()}.${format}`;
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
  const rows = await codedRows(repos, dataCodings);
  const table = buildEvidenceTable({ projects, documents, codes, segments, datasets, rows, dataCodings, judgements, scales, language });
  const sheet = evidenceSheet(table, language);
  const bytes = format === 'xlsx' ? await sheetXlsx(sheet) : sheetCsv(sheet);
  const fileName = evidenceFileName(t, evaluation?.title ?? '', format);
  const saved = await saveSpreadsheet(platform, t, fileName, format, bytes);
  return { saved, fileName, count: table.length };
}
