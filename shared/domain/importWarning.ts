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
  /** TXT, HTML: the file mixes UTF-8 and Windows-1252; each part was read in its own encoding. */
  'mixedEncodings',
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
