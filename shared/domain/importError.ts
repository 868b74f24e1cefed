/**
 * Why a file could not be read: a document (importDocument and the format readers under it) or a table
 * (readTable, readCsv, readXlsx). The catalogs word the codes in two sections, documents' under
 * `importError.` and tables' under `tableError.`, each in the words of its own screen.
 */
export type ImportErrorSection = 'importError' | 'tableError';

const DOCUMENTS = ['importError'] as const;
const TABLES = ['tableError'] as const;
const BOTH = ['importError', 'tableError'] as const;

/** Every code, with the catalog sections that word it: the sections of the readers that raise it. */
const WORDED_UNDER = {
  empty: BOTH,
  binary: BOTH,
  unsupportedFormat: BOTH,
  corrupt: BOTH,
  /** A password-protected Word or OpenDocument file (encrypted container). */
  encryptedOffice: DOCUMENTS,
  /** A password-protected (encrypted) .xlsx: an OLE/CFB container holding an EncryptedPackage. */
  encrypted: TABLES,
  passwordRequired: DOCUMENTS,
  passwordWrong: DOCUMENTS,
  /** A PDF without a text layer (scanned): OCR it first. */
  noTextLayer: DOCUMENTS,
  tooLarge: BOTH,
  /** A zip whose unpacked size or entry count is over the limits (a zip bomb or a huge file). */
  zipTooLarge: DOCUMENTS,
  /** A table with a header row and no data rows. */
  headerOnly: TABLES,
  noSheets: TABLES,
  /** options.sheet names a sheet the workbook does not have ({{sheet}}). */
  sheetNotFound: TABLES,
  /** The time for one file passed ({{max}} s). */
  timeout: BOTH,
  /** Over a limit of the import (shared/domain/importLimits.ts): values max and figure. */
  tooManyCharacters: DOCUMENTS,
  tooManyBlocks: DOCUMENTS,
  tablesTooDeep: DOCUMENTS,
  elementsTooDeep: DOCUMENTS,
  tooManyPages: DOCUMENTS,
  partTooLarge: DOCUMENTS,
  cancelled: BOTH,
} as const satisfies Record<string, readonly ImportErrorSection[]>;

export type ImportErrorCode = keyof typeof WORDED_UNDER;
export const IMPORT_ERROR_CODES = Object.keys(WORDED_UNDER) as readonly ImportErrorCode[];

/** The codes the table readers raise, which the tables' section `tableError.` words. */
export type TableErrorCode = { [C in ImportErrorCode]: 'tableError' extends (typeof WORDED_UNDER)[C][number] ? C : never }[ImportErrorCode];

export function isTableErrorCode(code: ImportErrorCode): code is TableErrorCode {
  return (WORDED_UNDER[code] as readonly ImportErrorSection[]).includes('tableError');
}

export const TABLE_ERROR_CODES: readonly TableErrorCode[] = IMPORT_ERROR_CODES.filter(isTableErrorCode);

/**
 * The catalog key that words an error for the user: in the section of the screen that read the file
 * (`importError` for documents, `tableError` for tables) when that section words the code, else in the other.
 */
export function importErrorKey(code: ImportErrorCode, section: ImportErrorSection): string {
  const sections: readonly ImportErrorSection[] = WORDED_UNDER[code];
  return `${sections.includes(section) ? section : (sections[0] as ImportErrorSection)}.${code}`;
}

export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    /** A technical detail for the log and the CLI, never the only thing a user sees. */
    readonly detail: string = '',
    /** Figures the message names (a limit and the file's figure), when the code has any. */
    readonly values: Readonly<Record<string, number>> = {},
  ) {
    super(`${code}${detail ? `: ${detail}` : ''}`);
    this.name = 'ImportError';
  }
}
