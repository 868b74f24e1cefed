import type { ImportLimits } from '../../domain/importLimits';
import type { EvaluationSnapshot } from '../evaluationFile/evaluationSnapshot';
import type { QdcWarningCode } from './qdcTypes';

/** Why a file could not be read as a REFI-QDA project. `code` is a key under `refiImport.errors.` in the catalogs. */
export const QDPX_ERROR_CODES = [
  /** Not bytes: a caller's mistake, checked at the boundary. */
  'invalidInput',
  /** No bytes, or only white space. */
  'empty',
  /** Starts like a zip but cannot be opened as one (damaged, encrypted). */
  'notZip',
  /** A zip without a project.qde. */
  'noProject',
  /** Not well-formed XML. */
  'notXml',
  /** Well-formed XML whose root is not <Project>. */
  'notProject',
  /** More bytes, entries, characters or codes than the import limits allow. */
  'tooLarge',
  /** Elements or codes nested deeper than the limits allow. */
  'tooDeep',
  /** Two codes with the same GUID. */
  'duplicateGuid',
] as const;
export type QdpxErrorCode = (typeof QDPX_ERROR_CODES)[number];

/**
 * What did not come over from the project, each a key under `refiImport.loss.` in the catalogs (the
 * sentence says what and why), with how many. The specification (§7) asks an importer to say which
 * elements it discarded, in as much detail as it can.
 */
export const DATA_LOSS_KINDS = [
  'audioSources',
  'videoSources',
  'pictureSources',
  'pdfOriginals',
  'pictureSelections',
  'pdfRegionSelections',
  'mediaSelections',
  'transcripts',
  'transcriptSelections',
  'projectDescription',
  'caseDescriptions',
  'missingSourceText',
  'selectionsWithoutText',
  'sourceCodings',
  'sourceVariables',
  'selectionsOutOfRange',
  'selectionsMismatched',
  'emptySelections',
  'codingsOfUnknownCodes',
  'sets',
  'graphs',
  'links',
  'projectNotes',
  'codeNotes',
  'caseCodes',
  'variablesUnused',
  'unknownElements',
] as const;
export type DataLossKind = (typeof DATA_LOSS_KINDS)[number];

export interface DataLossItem {
  kind: DataLossKind;
  count: number;
  /** Up to a few names of what was lost (sources, elements), for the sentence; may be empty. */
  names: string[];
}

/** Things the evaluator should know that are no loss (how positions were read). */
export const IMPORT_NOTICE_KINDS = ['positionsInUtf16', 'sourcesOfSeveralCases', 'pdfAsText'] as const;
export type ImportNoticeKind = (typeof IMPORT_NOTICE_KINDS)[number];

export interface ImportNotice {
  kind: ImportNoticeKind;
  count: number;
  names: string[];
}

export interface DataLossReport {
  lost: DataLossItem[];
  notices: ImportNotice[];
  /** What the codebook reader noticed (keys under `ui.refi.warnings.`), but notes and sets, counted in `lost`. */
  codebook: QdcWarningCode[];
}

/** What came over. */
export interface QdpxCounts {
  sources: number;
  codes: number;
  /** Passages made (a selection coded by two users becomes one passage per user). */
  passages: number;
  /** Selections of text read, before a selection coded by several users was split. */
  selections: number;
  codings: number;
  cases: number;
  variables: number;
  coders: number;
  memos: number;
}

export interface ReadQdpxOptions {
  /** SHA-256 of bytes as lower-case hex (an effect: `webSha256(globalThis.crypto.subtle)`). */
  sha256: (bytes: Uint8Array) => Promise<string>;
  newId: () => string;
  /** ISO timestamp of the import. */
  now: string;
  /** The title when the project has no name (the catalog's `refiImport.untitledProject`). */
  untitledTitle: string;
  /** The name given to codes that have none (the catalog's `ui.refi.untitledCode`). */
  untitledCode?: string;
  limits?: ImportLimits;
}

export type ReadQdpxResult =
  | { ok: true; snapshot: EvaluationSnapshot; report: DataLossReport; counts: QdpxCounts; origin: string | null }
  | { ok: false; error: QdpxErrorCode };
