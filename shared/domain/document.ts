import type { Id, IsoDate, IsoTimestamp } from './ids';
import type { ImportWarning } from './importWarning';
import type { SourceFormat } from './sourceFormat';

export const DOCUMENT_TYPES = [
  'ansokan',
  'delrapport',
  'slutrapport',
  'utvardering',
  'protokoll',
  'enkatsammanstallning',
  'ovrigt',
] as const;
/** What kind of material a document is (ansökan, delrapport, slutrapport, ...). */
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const BLOCK_KINDS = ['heading', 'paragraph', 'listItem', 'tableCell', 'note', 'comment', 'textBox'] as const;
/**
 * heading, paragraph, listItem, tableCell (one cell's text), note (a footnote or an endnote),
 * comment (an author's annotation kept from the source), textBox (text in a box or a frame).
 */
export type BlockKind = (typeof BLOCK_KINDS)[number];

/** Where a table cell sits: the document's n-th table (from 0), its row and column. */
export interface BlockCell {
  table: number;
  row: number;
  column: number;
  /** True for cells of a header row. */
  header: boolean;
}

/** A footnote, an endnote or a comment: its label as printed (e.g. "1") and, for comments, the author. */
export interface BlockNote {
  kind: 'footnote' | 'endnote' | 'comment';
  label: string;
  author: string | null;
}

/**
 * A structural unit of a document's text. Offsets are UTF-16 code unit offsets into the document's
 * NFC-normalised text (the same unit as JavaScript strings and DOM selections), end exclusive.
 */
export interface Block {
  id: string;
  kind: BlockKind;
  /** 1-6 for headings, else null. */
  level: number | null;
  /** Page label where the format has pages, else null. */
  page: string | null;
  start: number;
  end: number;
  /** Set on text repeated at the top or bottom of pages (running headers and footers): kept, hidden by default. */
  running?: 'header' | 'footer';
  /** For list items: nesting depth from 0 and whether the list is numbered. */
  list?: { depth: number; ordered: boolean };
  /** For table cells. */
  cell?: BlockCell;
  /** For notes and comments. */
  note?: BlockNote;
}

/** A source document's metadata and its text model; the original bytes live in their own table. */
export interface SourceDocument {
  id: Id;
  evaluationId: Id;
  /** The project the document belongs to; null for a document of the programme as a whole (an idea book, a programme report). */
  projectId: Id | null;
  type: DocumentType;
  /** The document's own date (e.g. when the report was submitted). */
  date: IsoDate | null;
  title: string;
  /** The organisation that wrote the document, when it is not the project owner (optional). */
  authorOrganisation: string;
  fileName: string;
  mimeType: string;
  format: SourceFormat;
  size: number;
  /** Lower-case hex SHA-256 of the original bytes. */
  sha256: string;
  /** Pages of a paged format (PDF, or DOCX with rendered page breaks), else null. */
  pageCount: number | null;
  wordCount: number;
  /** NFC-normalised text with `\n` line ends. */
  text: string;
  blocks: Block[];
  warnings: ImportWarning[];
  importedAt: IsoTimestamp;
  /** All versions of a document share this id (the first version's id). */
  versionGroupId: Id;
  /** 1 for the first version, then 2, 3 … */
  version: number;
  /** The newer version that replaced this one; null for the current version. */
  supersededBy: Id | null;
  /**
   * The document this one repeats in another format (a DOCX of the same text as a PDF): its evidence is
   * counted once (shared/analysis/countedOnce.ts). Null when it is no twin.
   */
  duplicateOf: Id | null;
  /** How alike the texts were when the twin was found (0-1), or null when it was marked by hand or is no twin. */
  duplicateSimilarity: number | null;
  /** The similarity sketch of its text, made at import, to find its twins without reading its text; null when it has none. */
  sketch: DocumentSketch | null;
  /**
   * The coders the document is assigned to (their names as set in Settings), when a team shares the
   * work; absent when it is assigned to nobody. Optional and unindexed: no schema version.
   */
  coders?: string[];
}

/**
 * A text's similarity sketch (shared/text/textSimilarity.ts): the smallest hashes of its word 5-grams,
 * ascending and unique (at most 512), and how many distinct 5-grams the text has.
 */
export interface DocumentSketch {
  hashes: number[];
  shingles: number;
}

/** A document as stored: its metadata without the text model (which has a table of its own). */
export type DocumentRecord = Omit<SourceDocument, 'text' | 'blocks'>;
