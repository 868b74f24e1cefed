import { DOCUMENT_TYPES, type DocumentType } from '../../../shared/domain';

/** Guesses type, date and title from a file name like `kompetens-delrapport-2023-09-30.txt`. */
export function guessDocumentMeta(fileName: string): { type: DocumentType; date: string; title: string } {
  const base = fileName.replace(/\.[^.]+$/, '');
  const lower = base.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const type = DOCUMENT_TYPES.find((candidate) => lower.includes(candidate)) ?? (lower.includes('enkat') ? 'enkatsammanstallning' : 'ovrigt');
  const date = /(\d{4}-\d{2}-\d{2})/.exec(base)?.[1] ?? '';
  const title = base.replace(/\d{4}-\d{2}-\d{2}/, ' ').replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim() || base;
  return { type, date, title: title.charAt(0).toUpperCase() + title.slice(1) };
}
