import type { TFunction } from 'i18next';
import type { Heatmap } from '../../../shared/analysis/judgementHeatmap';
import type { Id } from '../../../shared/domain';
import type { Language } from '../../../shared/i18n';
import { heatmapSheets } from '../../../shared/report/model/heatmapSheets';
import type { Repositories } from '../../store';
import type { Platform } from '../../platform';
import { sheetCsv, sheetsXlsx } from '../evidence/evidenceFiles';
import { codedRows, saveSpreadsheet, type EvidenceFormat } from '../evidence/saveSpreadsheet';
import { fileNamePart } from '../../../shared/base/fileNamePart';

/** A file name from the framework's and the evaluation's names, then the extension. */
export function heatmapFileName(t: TFunction, framework: string, title: string, format: EvidenceFormat): string {
  const name = t('ui.heatmapExport.fileName', { framework: fileNamePart(framework, 80), title: fileNamePart(title, 80) || 'Spårbar' });
  return `${name.replace(/\s+/g, ' ').trim()}.${format}`;
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
  // Only the table rows the shown judgements link.
  const linked = new Set(map.cells.flat().flatMap((cell) => cell.judgement?.dataCodingIds ?? []));
  const codings = dataCodings.filter((coding) => linked.has(coding.id));
  const rows = await codedRows(repos, codings);
  const { grid, long } = heatmapSheets({ map, frameworkId, projects, documents, segments, datasets, dataCodings: codings, rows, language });
  const bytes = format === 'xlsx' ? await sheetsXlsx([grid, long]) : sheetCsv(long);
  const fileName = heatmapFileName(t, args.frameworkName, evaluation?.title ?? '', format);
  const saved = await saveSpreadsheet(platform, t, fileName, format, bytes);
  return { saved, fileName, count: long.rows.length };
}
