import { DOCUMENT_TYPES, type DocumentType } from '../../../shared/domain';
import { fileNameDate } from '../../../shared/ingest/documents/ownFacts/ownDate';
import { showBidiControls } from '../../../shared/base/bidiControls';

/**
 * Guesses type, date and title from a file name like `kompetens-delrapport-2023-09-30.txt`, until the
 * file is read and its own title and date can be used (useImportBatch). Bidirectional controls in the
 * name are shown in the title as their code points.
 */
export function guessDocumentMeta(fileName: string): { type: DocumentType; date: string; title: string } {
  const base = fileName.replace(/\.[^.]+$/, '');
  const lower = base.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const type = DOCUMENT_TYPES.find((candidate) => lower.includes(candidate)) ?? (lower.includes('enkat') ? 'enkatsammanstallning' : 'ovrigt');
  const date = fileNameDate(base) ?? '';
  const title = base.replace(/\d{4}-\d{2}-\d{2}/, ' ').replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim() || base;
  return { type, date, title: showBidiControls(title.charAt(0).toUpperCase() + title.slice(1)) };
}
