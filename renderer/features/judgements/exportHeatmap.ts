import type { TFunction } from 'i18next';
import type { Heatmap } from '../../../shared/analysis/judgementHeatmap';
import type { DatasetRow, Id } from '../../../shared/domain';
import type { Language } from '../../../shared/i18n';
import { heatmapSheets } from '../../../shared/report/model/heatmapSheets';
import type { Repositories } from '../../store';
import type { Platform } from '../../platform';
import { sheetCsv, sheetsXlsx } from '../evidence/evidenceFiles';
import type { EvidenceFormat } from '../evidence/exportEvidenceTable';

const MIME: Record<EvidenceFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
};

/** A file name from the framework's and the evaluation's names: letters (åäö too), digits, spaces and dashes. */
export function heatmapFileName(t: TFunction, framework: string, title: string, format: EvidenceFormat): string {
  const safe = (text: string) => text.normalize('NFC').replace(/[^\p{L}\p{N} _-]+/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 80);
  return `${t('ui.heatmapExport.fileName', { framework: safe(framework), title: safe(title) || 'Spårbar' }).replace(/\s+/g, ' ').trim()}.${format}`;
}

/**
 * The heatmap as shown (its framework, filter and grouping) with the evidence its judgements link, read
 * as it is now: .xlsx with the grid and the judgements one per row, or CSV for Swedish Excel with the
 * judgements one per row; handed to the platform to save.
 */
export async function exportHeatmap(
  repos: Repositories,
  platform: Platform,
  args: { evaluationId: Id; map: Heatmap; frameworkId: string; frameworkName: string; format: EvidenceFormat; language: Language },
  t: TFunction,
): Promise<{ saved: boolean; fileName: string; count: number }> {
  const { evaluationId, map, frameworkId, format, language } = args;
  const [evaluation, projects, documents, segments, datasets, dataCodings] = await Promise.all([
    repos.evaluations.get(evaluationId),
    repos.projects.list(evaluationId),
    repos.documents.textsOf(evaluationId),
    repos.segments.listByEvaluation(evaluationId),
    repos.datasets.list(evaluationId),
    repos.datasets.codingsOfEvaluation(evaluationId),
  ]);
  // Only the rows the shown judgements link, read per dataset that holds them.
  const linked = new Set(map.cells.flat().flatMap((cell) => cell.judgement?.dataCodingIds ?? []));
  const codings = dataCodings.filter((coding) => linked.has(coding.id));
  const wanted = new Set(codings.map((coding) => coding.rowId));
  const rows: DatasetRow[] = [];
  for (const datasetId of new Set(codings.map((coding) => coding.datasetId))) {
    for (const row of await repos.datasets.rows(datasetId)) if (wanted.has(row.id)) rows.push(row);
  }
  const { grid, long } = heatmapSheets({ map, frameworkId, projects, documents, segments, datasets, dataCodings: codings, rows, language });
  const bytes = format === 'xlsx' ? await sheetsXlsx([grid, long]) : sheetCsv(long);
  const fileName = heatmapFileName(t, args.frameworkName, evaluation?.title ?? '', format);
  const saved = await platform.saveFile({
    title: t('dialog.saveTitle'),
    suggestedName: fileName,
    filters: [{ name: t(format === 'xlsx' ? 'ui.evidenceExport.filterXlsx' : 'ui.evidenceExport.filterCsv'), extensions: [format] }],
    bytes,
    mimeType: MIME[format],
  });
  return { saved, fileName, count: long.rows.length };
}
