import type { ImportLimits } from '../../domain/importLimits';
import type { Block } from '../../domain/document';
import type { ImportWarning } from '../../domain/importWarning';
import type { SourceFormat } from '../../domain/sourceFormat';

/** Facts the file states about itself, used to guess the document's metadata. */
export interface SourceMetadata {
  title: string | null;
  author: string | null;
  /** The organisation (company) when the file names one. */
  organisation: string | null;
  /** ISO date `YYYY-MM-DD` of creation or last modification, when the file states it. */
  date: string | null;
}

/** What import produces: the document's text model and what was noticed on the way. */
export interface ImportedDocument {
  format: SourceFormat;
  /** NFC-normalised text with `\n` line ends; blocks are separated by a blank line. */
  text: string;
  blocks: Block[];
  /** Pages of a paged format (PDF), else null. */
  pageCount: number | null;
  warnings: ImportWarning[];
  metadata: SourceMetadata;
}

/** A loaded PDF as much of pdf.js's PDFDocumentProxy as the importer uses. */
export interface PdfDocumentLike {
  numPages: number;
  getPage(pageNumber: number): Promise<PdfPageLike>;
  getPageLabels(): Promise<string[] | null>;
  getMetadata(): Promise<{ info: unknown }>;
  destroy(): Promise<void>;
}

export interface PdfPageLike {
  getTextContent(): Promise<{ items: unknown[] }>;
  getViewport(options: { scale: number }): { width: number; height: number };
  cleanup(): void;
}

/**
 * Opens PDF bytes with pdf.js. Passed in, since pdf.js is loaded differently in Node (legacy build) and
 * in the browser (module worker). Rejects with pdf.js's PasswordException (name 'PasswordException',
 * code 1 = password needed, 2 = wrong password) or its other exceptions.
 */
export type PdfLoader = (bytes: Uint8Array, password: string | undefined) => Promise<PdfDocumentLike>;

export interface ImportOptions {
  fileName: string;
  password?: string;
  limits: ImportLimits;
  pdf: PdfLoader;
  /** Progress from 0 to 1, where the format can tell (PDF pages). */
  onProgress?: (fraction: number) => void;
}
