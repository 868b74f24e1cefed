import type { PdfLoader } from '../../ports/pdfLoader';
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

/** What a reader of one format needs: the file's name, and the limits and clock it holds to (defaults without). */
export type FormatOptions = Pick<ImportOptions, 'fileName'> & Partial<Pick<ImportOptions, 'limits' | 'clock'>>;

export interface ImportOptions {
  fileName: string;
  password?: string;
  limits: ImportLimits;
  pdf: PdfLoader;
  /**
   * The caller's clock in milliseconds (an effect passed in): the parsers check the time limit against it
   * in their loops. Without one only the host's own timer stops a runaway file.
   */
  clock?: () => number;
  /** Progress from 0 to 1, where the format can tell (PDF pages). */
  onProgress?: (fraction: number) => void;
}
