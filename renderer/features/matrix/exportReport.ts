import { Packer } from 'docx';
import type { Id } from '../../../shared/domain';
import { isoDateOf } from '../../../shared/base/isoDate';
import { buildReportModel } from '../../../shared/report/model/reportModel';
import { buildSkeletonReport } from '../../../shared/report/docx/skeletonReport';
import { translate, catalogFor } from '../../../shared/i18n';
import type { Repositories } from '../../store';
import type { Platform } from '../../platform';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A safe file name from a title: keeps letters (åäö too), digits, spaces and dashes. */
export function reportFileName(title: string): string {
  const base = title.normalize('NFC').replace(/[^\p{L}\p{N} _-]+/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 120);
  return `${base || 'Sparbar-rapport'}.docx`;
}

/** Builds the evaluation's Word report from stored evidence and hands it to the platform to save. */
export async function exportReport(repos: Repositories, platform: Platform, evaluationId: Id): Promise<{ saved: boolean; fileName: string }> {
  const evaluation = await repos.evaluations.get(evaluationId);
  if (!evaluation) throw new Error(`No evaluation ${evaluationId}`);
  const [projects, documents, codes, segments] = await Promise.all([
    repos.projects.list(evaluationId),
    repos.documents.textsOf(evaluationId),
    repos.codes.list(evaluationId),
    repos.segments.listByEvaluation(evaluationId),
  ]);
  const language = evaluation.reportLanguage;
  const model = buildReportModel({ evaluation, projects, documents, codes, segments, language, generatedOn: isoDateOf(new Date()) });
  const blob = await Packer.toBlob(buildSkeletonReport(model));
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const fileName = reportFileName(evaluation.title);
  const saved = await platform.saveFile({
    title: translate(catalogFor(language), 'dialog.saveTitle'),
    suggestedName: fileName,
    filters: [{ name: 'Word', extensions: ['docx'] }],
    bytes,
    mimeType: DOCX_MIME,
  });
  return { saved, fileName };
}
