import type { TFunction } from 'i18next';
import type { Id } from '../../../shared/domain';
import { writeQdc, type QdcLanguage } from '../../../shared/exchange/refi';
import type { Repositories } from '../../store';
import type { Platform } from '../../platform';
import { fileNamePart } from '../../../shared/base/fileNamePart';

/** A file name from the evaluation's title: letters (åäö too), digits, spaces and dashes. */
export function codebookFileName(t: TFunction, title: string): string {
  const safe = fileNamePart(title);
  return t('ui.codebookEditor.refi.fileName', { title: safe || 'Spårbar' });
}

/**
 * Writes the evaluation's codebook as a REFI-QDA codebook (.qdc) for NVivo, MAXQDA, ATLAS.ti or QualCoder,
 * names and descriptions in the given language, and hands it to the platform to save.
 */
export async function exportCodebook(repos: Repositories, platform: Platform, evaluationId: Id, language: QdcLanguage, t: TFunction): Promise<{ saved: boolean; fileName: string }> {
  const [evaluation, codes] = await Promise.all([repos.evaluations.get(evaluationId), repos.codes.list(evaluationId)]);
  const xml = writeQdc(codes, { language, origin: t('app.name'), newGuid: () => crypto.randomUUID() });
  const fileName = codebookFileName(t, evaluation?.title ?? '');
  const saved = await platform.saveFile({
    title: t('dialog.saveTitle'),
    suggestedName: fileName,
    filters: [{ name: 'REFI-QDA', extensions: ['qdc'] }],
    bytes: new TextEncoder().encode(xml),
    mimeType: 'application/xml',
  });
  return { saved, fileName };
}
