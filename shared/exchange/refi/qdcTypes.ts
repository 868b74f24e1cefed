import type { ImportedCode } from '../../coding/importedCode';

/** The namespace of a REFI-QDA codebook (.qdc) and of a REFI-QDA project (.qde). */
export const CODEBOOK_NAMESPACE = 'urn:QDA-XML:codebook:1.0';
export const PROJECT_NAMESPACE = 'urn:QDA-XML:project:1.0';

/** Why a file could not be read as a codebook. `code` is a key under `ui.refi.errors.` in the catalogs. */
export const QDC_ERROR_CODES = [
  /** Not a string (readQdc) or not bytes (readQdcBytes): a caller's mistake, checked at the boundary. */
  'invalidInput',
  /** No bytes, or only white space. */
  'empty',
  /** More text, codes or unpacked bytes than a codebook plausibly has (see QDC_LIMITS). */
  'tooLarge',
  /** Codes nested deeper than QDC_LIMITS.maxDepth. */
  'tooDeep',
  /** Not well-formed XML (binary data, a truncated file). */
  'notXml',
  /** Well-formed XML whose root is neither <CodeBook> nor <Project>. */
  'wrongRoot',
  /** A <Project> without a <CodeBook>. */
  'noCodeBook',
  /** A <CodeBook> without a single <Code>. */
  'noCodes',
  /** Two codes with the same GUID (compared without braces, case-insensitively). */
  'duplicateGuid',
  /** Starts like a zip but cannot be opened as one (damaged, encrypted). */
  'notZip',
  /** A zip (.qdpx) without a project.qde. */
  'noProjectInZip',
] as const;
export type QdcErrorCode = (typeof QDC_ERROR_CODES)[number];

/**
 * Something the evaluator should know about a codebook that was read. Each is a key under
 * `ui.refi.warnings.` in the catalogs and is reported once, however many codes it concerns.
 */
export const QDC_WARNING_CODES = [
  /** Codes without a name were given the untitled name. */
  'missingName',
  /** Codes without a GUID were given a made-up id. */
  'missingGuid',
  /** Codes whose GUID does not have the GUID pattern; it was kept as their id. */
  'invalidGuid',
  /** Codes whose colour could not be read got a default colour. */
  'invalidColour',
  /** Codes that were folders (isCodable="false") in the other program became ordinary codes. */
  'notCodable',
  /** Sets (groups of codes) were not imported. */
  'setsIgnored',
  /** Notes linked to codes (<NoteRef> in a project) were not imported. */
  'codeNotesIgnored',
  /** A code written by Spårbar had its description changed elsewhere; Spårbar's own texts were kept. */
  'descriptionEdited',
  /** Several codes carried the same Spårbar id (copies made elsewhere); the copies got their GUID as id. */
  'duplicateId',
  /** A code's Spårbar data was found but could not be read; the code was read as a plain REFI-QDA code. */
  'unreadableSparbarData',
] as const;
export type QdcWarningCode = (typeof QDC_WARNING_CODES)[number];

/** Limits that keep a hostile or mistaken file from exhausting memory. */
export const QDC_LIMITS = {
  /** Characters of XML text (a .qdc or a project.qde). */
  maxXmlChars: 64 * 1024 * 1024,
  /** Bytes of an XML file, or unpacked bytes of the project.qde inside a .qdpx. */
  maxXmlBytes: 128 * 1024 * 1024,
  maxCodes: 20_000,
  /** Levels of codes nested in codes. */
  maxDepth: 64,
  /** Entries of a .qdpx (sources and the project). */
  maxZipEntries: 100_000,
} as const;


export type ReadQdcResult =
  | {
      ok: true;
      codes: ImportedCode[];
      /** Warning codes, each at most once (keys under `ui.refi.warnings.`). */
      warnings: QdcWarningCode[];
      /** The file's `origin` attribute (the program that wrote it), or null. */
      origin: string | null;
    }
  | { ok: false; error: QdcErrorCode };

export interface ReadQdcOptions {
  /** The name given to codes that have none (the catalog's `ui.refi.untitledCode`); Swedish by default. */
  untitledName?: string;
}
