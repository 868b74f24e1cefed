import { isIsoDate } from '../../../base/isoDate';
import type { SourceMetadata } from '../importTypes';

/** "D:20230930120000+02'00'" and shorter forms: the date part as written (the time zone does not move it). */
const PDF_DATE = /^\s*(?:D:)?(\d{4})(\d{2})(\d{2})/;
const WORD_PREFIX = /^Microsoft (?:Word|PowerPoint|Excel) - /;
const OFFICE_EXTENSION = /\.(?:docx?|pptx?|xlsx?|odt|rtf)$/i;
const WHITE = /\s+/g;

/** The ISO date `YYYY-MM-DD` of a PDF date string, or null when it is not a real date. */
export function parsePdfDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = PDF_DATE.exec(value);
  if (match === null) return null;
  const iso = `${match[1]}-${match[2]}-${match[3]}`;
  return isIsoDate(iso) && match[1] !== '0000' ? iso : null;
}

function text(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.replace(WHITE, ' ').trim();
  return trimmed === '' ? null : trimmed.normalize('NFC');
}

/**
 * Word's PDF export titles the document "Microsoft Word - name.docx", and other programs put the file's
 * name there: a file name, not the document's title, so none.
 */
function cleanTitle(value: string | null): string | null {
  if (value === null || WORD_PREFIX.test(value) || OFFICE_EXTENSION.test(value)) return null;
  return value;
}

/** The title in a PDF's XMP metadata (dc:title), as pdf.js's Metadata object gives it; null when none. */
export function xmpTitle(xmp: unknown): string | null {
  if (typeof xmp !== 'object' || xmp === null || typeof (xmp as { get?: unknown }).get !== 'function') return null;
  try {
    return text((xmp as { get(name: string): unknown }).get('dc:title'));
  } catch {
    return null;
  }
}

/**
 * Metadata from pdf.js's `getMetadata().info` (the document information dictionary): Title (else the XMP
 * packet's dc:title), Author, Company (pdf.js keeps keys outside the standard under `Custom`) and the
 * creation date, else the modification date.
 */
export function readPdfMetadata(info: unknown, xmpDcTitle: string | null = null): SourceMetadata {
  const record = typeof info === 'object' && info !== null ? (info as Record<string, unknown>) : {};
  const custom = typeof record.Custom === 'object' && record.Custom !== null ? (record.Custom as Record<string, unknown>) : {};
  return {
    title: cleanTitle(text(record.Title)) ?? cleanTitle(xmpDcTitle),
    author: text(record.Author),
    organisation: text(record.Company) ?? text(custom.Company),
    date: parsePdfDate(record.CreationDate) ?? parsePdfDate(record.ModDate),
  };
}
