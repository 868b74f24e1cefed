import { ImportError, type ImportErrorCode } from './importError';

/**
 * THE IMPORT LIMITS: the one home of every limit against hostile or runaway files, shared by the app's
 * import worker and the command line. Each limit holds while a file is read (the parsers check as they
 * go and stop at once), never only on the result.
 */
export interface ImportLimits {
  maxFileBytes: number;
  /** Total unpacked bytes a zip-based format (DOCX, ODT) declares. */
  maxUnzippedBytes: number;
  maxZipEntries: number;
  /** Unpacked bytes of one part that is read (an XML part of a DOCX or ODT): bounds memory before parsing. */
  maxPartBytes: number;
  /** Characters of extracted text (UTF-16 units). */
  maxCharacters: number;
  /** Blocks of the text model (paragraphs, headings, cells, notes). */
  maxBlocks: number;
  /** Tables inside tables (DOCX, ODT, HTML). */
  maxTableDepth: number;
  /** Elements inside elements (XML parts, HTML). */
  maxElementDepth: number;
  maxPdfPages: number;
  /** Time for one file: checked in the parsers' loops against the caller's clock, and by the host. */
  timeoutMs: number;
}

export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  maxFileBytes: 200 * 1024 * 1024,
  maxUnzippedBytes: 600 * 1024 * 1024,
  maxZipEntries: 20_000,
  maxPartBytes: 100 * 1024 * 1024,
  maxCharacters: 20_000_000,
  maxBlocks: 500_000,
  maxTableDepth: 50,
  maxElementDepth: 1_000,
  maxPdfPages: 5_000,
  timeoutMs: 120_000,
};

/** The limits a file's figure is checked against while it is read. */
export type CountedLimit = 'characters' | 'blocks' | 'tableDepth' | 'elementDepth' | 'pdfPages' | 'partBytes';
export type LimitName = CountedLimit | 'time';

/** Why a file was refused: the limit, its maximum and the file's figure (as far as it was read). */
export interface LimitRefusal {
  limit: LimitName;
  max: number;
  figure: number;
}

const MAX_OF: Record<LimitName, (limits: ImportLimits) => number> = {
  characters: (limits) => limits.maxCharacters,
  blocks: (limits) => limits.maxBlocks,
  tableDepth: (limits) => limits.maxTableDepth,
  elementDepth: (limits) => limits.maxElementDepth,
  pdfPages: (limits) => limits.maxPdfPages,
  partBytes: (limits) => limits.maxPartBytes,
  time: (limits) => limits.timeoutMs,
};

/** The import error code of each limit, worded in the catalogs' `importError` namespace. */
export const LIMIT_ERROR_CODES = {
  characters: 'tooManyCharacters',
  blocks: 'tooManyBlocks',
  tableDepth: 'tablesTooDeep',
  elementDepth: 'elementsTooDeep',
  pdfPages: 'tooManyPages',
  partBytes: 'partTooLarge',
  time: 'timeout',
} as const satisfies Record<LimitName, ImportErrorCode>;

/** The pure check: a refusal when the figure passes the limit, else null. */
export function checkLimit(limits: ImportLimits, limit: LimitName, figure: number): LimitRefusal | null {
  const max = MAX_OF[limit](limits);
  return figure > max ? { limit, max, figure } : null;
}

/** The ImportError of a refusal, its values ready for the catalog's message. */
export function limitError(refusal: LimitRefusal): ImportError {
  const { limit, max, figure } = refusal;
  const values = limit === 'time' ? { max: max / 1000, figure: figure / 1000 } : { max, figure };
  return new ImportError(LIMIT_ERROR_CODES[limit], `${limit}: ${figure} over the limit of ${max}`, values);
}

/**
 * The limits as a parser meets them: `check` throws the refusal when a figure passes its limit, `tick`
 * (cheap, for the parsers' loops) throws 'timeout' once the time for the file has passed on the
 * caller's clock. Without a clock there is no deadline here (the host still stops a runaway worker).
 */
export interface LimitGuard {
  readonly limits: ImportLimits;
  check(limit: CountedLimit, figure: number): void;
  tick(): void;
}

/** Ticks between two readings of the clock. */
const TICKS_PER_READING = 256;

export function createLimitGuard(limits: ImportLimits, clock?: () => number): LimitGuard {
  const started = clock?.() ?? 0;
  let ticks = 0;
  return {
    limits,
    check(limit, figure) {
      const refusal = checkLimit(limits, limit, figure);
      if (refusal) throw limitError(refusal);
    },
    tick() {
      if (!clock || ++ticks < TICKS_PER_READING) return;
      ticks = 0;
      const refusal = checkLimit(limits, 'time', clock() - started);
      if (refusal) throw limitError(refusal);
    },
  };
}

/** A guard with the default limits and no clock, for parsers called outside an import (tests, exchange). */
export const DEFAULT_GUARD: LimitGuard = createLimitGuard(DEFAULT_IMPORT_LIMITS);
