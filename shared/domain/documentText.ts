import type { Block } from './document';
import type { Id } from './ids';

/** A document's text model as one logical record (what the reader, the report and an evaluation file see). */
export interface DocumentText {
  documentId: Id;
  evaluationId: Id;
  text: string;
  blocks: Block[];
}

/**
 * One stored piece of a document's text (schema v10): piece `index` holds the next run of the text and
 * the next run of its blocks, so no IndexedDB record comes near the browser's limit on one value
 * (Chromium refuses values over about 133 MB). Blocks keep their offsets into the whole text.
 */
export interface DocumentTextPiece extends DocumentText {
  index: number;
}

/** At most 2 Mi UTF-16 code units of text in one piece: at most 4 MB however the browser keeps it. */
export const MAX_PIECE_CHARS = 2 * 1024 * 1024;
/** At most this many blocks in one piece (a block is well under 200 bytes when stored). */
export const MAX_PIECE_BLOCKS = 10_000;

export interface PieceLimits {
  chars: number;
  blocks: number;
}

const DEFAULT_LIMITS: PieceLimits = { chars: MAX_PIECE_CHARS, blocks: MAX_PIECE_BLOCKS };

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** The text in runs of at most `maxChars` code units (at least one run; never one half of a surrogate pair apart from the other). */
export function splitTextRuns(text: string, maxChars: number = MAX_PIECE_CHARS): string[] {
  if (!Number.isInteger(maxChars) || maxChars < 2) throw new RangeError(`A piece holds at least 2 code units, not ${maxChars}`);
  const runs: string[] = [];
  let start = 0;
  while (start < text.length || runs.length === 0) {
    let end = Math.min(start + maxChars, text.length);
    // Never end a run between a high and a low surrogate.
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
    runs.push(text.slice(start, end));
    start = end;
  }
  return runs;
}

/** A document's text as the pieces the store keeps, index 0 upward (an empty text is one empty piece). */
export function splitDocumentText(record: DocumentText, limits: PieceLimits = DEFAULT_LIMITS): DocumentTextPiece[] {
  const runs = splitTextRuns(record.text, limits.chars);
  if (!Number.isInteger(limits.blocks) || limits.blocks < 1) throw new RangeError(`A piece holds at least 1 block, not ${limits.blocks}`);
  const blockRuns: Block[][] = [];
  for (let i = 0; i < record.blocks.length; i += limits.blocks) blockRuns.push(record.blocks.slice(i, i + limits.blocks));
  const count = Math.max(runs.length, blockRuns.length);
  return Array.from({ length: count }, (_, index) => ({
    documentId: record.documentId,
    evaluationId: record.evaluationId,
    index,
    text: runs[index] ?? '',
    blocks: blockRuns[index] ?? [],
  }));
}

/** Why stored pieces do not make one text: a piece is missing or belongs to another document. */
export class IncompleteTextError extends Error {
  constructor(readonly documentId: Id) {
    super(`The stored text of document ${documentId} is incomplete`);
    this.name = 'IncompleteTextError';
  }
}

/**
 * The whole text of a document from its pieces (in any order), or null when there are none. Refuses
 * pieces with a gap or of another document rather than give a shortened text.
 */
export function joinDocumentText(pieces: readonly DocumentTextPiece[]): DocumentText | null {
  const [first] = pieces;
  if (!first) return null;
  const ordered = [...pieces].sort((a, b) => a.index - b.index);
  if (ordered.some((piece, i) => piece.index !== i || piece.documentId !== first.documentId)) throw new IncompleteTextError(first.documentId);
  return {
    documentId: first.documentId,
    evaluationId: first.evaluationId,
    text: ordered.map((piece) => piece.text).join(''),
    blocks: ordered.flatMap((piece) => piece.blocks),
  };
}

/** The whole texts of many documents' pieces (in any order), in the order each document first appears. */
export function joinDocumentTexts(pieces: readonly DocumentTextPiece[]): DocumentText[] {
  const byDocument = new Map<Id, DocumentTextPiece[]>();
  for (const piece of pieces) {
    const list = byDocument.get(piece.documentId);
    if (list) list.push(piece);
    else byDocument.set(piece.documentId, [piece]);
  }
  return [...byDocument.values()].flatMap((list) => joinDocumentText(list) ?? []);
}
