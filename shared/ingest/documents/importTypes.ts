import type { Block } from '../../domain/document';

/** The formats Spårbar reads. */
export const SOURCE_FORMATS = ['docx', 'pdf', 'odt', 'txt', 'md', 'html'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

/**
 * Something the evaluator should know about an import that succeeded. `code` is a key under
 * `importWarning.` in the catalogs; `values` fill its placeholders.
 */
export interface ImportWarning {
  code: ImportWarningCode;
  values?: Record<string, string | number>;
}

export const IMPORT_WARNING_CODES = [
  /** DOCX: tracked changes were resolved as if accepted ({{insertions}}, {{deletions}}). */
  'trackedChangesAccepted',
  /** DOCX/ODT/HTML: links or images that point outside the file were not fetched ({{count}}). */
  'externalResourcesIgnored',
  /** Images were left out (text only) ({{count}}). */
  'imagesIgnored',
  /** Comments were kept as the author's annotations ({{count}}). */
  'commentsKept',
  /** PDF: running headers/footers were found and hidden ({{count}} lines). */
  'runningTextHidden',
  /** PDF: some pages have no text (e.g. scanned pages) ({{pages}}). */
  'pagesWithoutText',
  /** TXT: the file was not UTF-8 and was read as Windows-1252. */
  'decodedAsWindows1252',
  /** TXT: the file was read as UTF-16. */
  'decodedAsUtf16',
  /** The file name's extension does not match its content ({{extension}}, {{format}}). */
  'mislabelled',
  /** Some characters could not be decoded and were replaced ({{count}}). */
  'replacementCharacters',
  /** Embedded objects (e.g. spreadsheets) were left out ({{count}}). */
  'embeddedObjectsIgnored',
] as const;
export type ImportWarningCode = (typeof IMPORT_WARNING_CODES)[number];

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

/** Why a file could not be imported. `code` is a key under `importError.` in the catalogs. */
export const IMPORT_ERROR_CODES = [
  'empty',
  'binary',
  'unsupportedFormat',
  'corrupt',
  /** A password-protected Word or OpenDocument file (encrypted container). */
  'encryptedOffice',
  'passwordRequired',
  'passwordWrong',
  /** A PDF without a text layer (scanned): OCR it first. */
  'noTextLayer',
  'tooLarge',
  /** A zip whose unpacked size or entry count is over the limits (a zip bomb or a huge file). */
  'zipTooLarge',
  'timeout',
  'cancelled',
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    /** A technical detail for the log and the CLI, never the only thing a user sees. */
    readonly detail: string = '',
  ) {
    super(`${code}${detail ? `: ${detail}` : ''}`);
    this.name = 'ImportError';
  }
}

/** Limits against hostile or runaway files. */
export interface ImportLimits {
  maxFileBytes: number;
  /** Total unpacked bytes of a zip-based format (DOCX, ODT). */
  maxUnzippedBytes: number;
  maxZipEntries: number;
  /** Wall-clock time for one file; enforced by the host (worker or CLI), which can stop the parser. */
  timeoutMs: number;
}

export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  maxFileBytes: 200 * 1024 * 1024,
  maxUnzippedBytes: 600 * 1024 * 1024,
  maxZipEntries: 20_000,
  timeoutMs: 120_000,
};

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
