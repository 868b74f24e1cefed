import type { TFunction } from 'i18next';
import type { OpenedFile, Platform } from '../../platform';

/** The file types the import reads, for the file picker. */
export const DOCUMENT_EXTENSIONS = ['docx', 'pdf', 'odt', 'txt', 'md', 'html', 'htm'];

/** Opens the file picker for documents; files over the size limit are announced and left out. */
export async function pickDocuments(platform: Platform, t: TFunction, multiple: boolean, notify?: (message: string) => void): Promise<OpenedFile[]> {
  const result = await platform.openFiles({
    title: t('dialog.openTitle'),
    filters: [{ name: t('ui.import.filterDocuments'), extensions: DOCUMENT_EXTENSIONS }],
    multiple,
  });
  if (result.cancelled) return [];
  for (const name of result.tooLarge) notify?.(t('dialog.tooLarge', { name }));
  return result.files;
}
