// The first plain-text import (schema v1's only format), kept for the tests that build documents and old
// databases the way v1 stored them. The app imports text with shared/ingest/documents/text/importText.ts.
import type { Block } from '../../shared/domain/document';
import { decodeStrictUtf8 } from '../../shared/formats/encoding/strictUtf8';
import { InvalidUtf8Error } from '../../shared/formats/encoding/utf8';

/** Why a plain-text file could not be imported; the UI turns the code into words. */
export type PlainTextProblem = 'empty' | 'binary' | 'notUtf8';

export class PlainTextImportError extends Error {
  constructor(
    readonly problem: PlainTextProblem,
    readonly byteOffset: number | null = null,
  ) {
    super(`Plain-text import failed: ${problem}${byteOffset === null ? '' : ` at byte ${byteOffset}`}`);
    this.name = 'PlainTextImportError';
  }
}

export interface TextModel {
  /** NFC-normalised text with `\n` line ends. */
  text: string;
  blocks: Block[];
}

/** Normalises text the way every import does: NFC, and CRLF or CR line ends become LF. */
export function normaliseText(raw: string): string {
  return raw.replace(/\r\n?/g, '\n').normalize('NFC');
}

/** Splits normalised text into paragraph blocks at blank lines; offsets are into `text`. */
export function paragraphBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const pattern = /[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g;
  for (const match of text.matchAll(pattern)) {
    const raw = match[0];
    const leading = raw.length - raw.trimStart().length;
    const content = raw.trim();
    if (content === '') continue;
    const start = (match.index ?? 0) + leading;
    blocks.push({ id: `b${blocks.length + 1}`, kind: 'paragraph', level: null, page: null, start, end: start + content.length });
  }
  return blocks;
}

/** Reads the bytes of a UTF-8 plain-text report into the document text model. */
export function importPlainText(bytes: Uint8Array): TextModel {
  if (bytes.length === 0) throw new PlainTextImportError('empty');
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new PlainTextImportError('binary', nul);
  let raw: string;
  try {
    raw = decodeStrictUtf8(bytes);
  } catch (error) {
    if (error instanceof InvalidUtf8Error) throw new PlainTextImportError('notUtf8', error.offset);
    throw error;
  }
  const text = normaliseText(raw);
  const blocks = paragraphBlocks(text);
  if (blocks.length === 0) throw new PlainTextImportError('empty');
  return { text, blocks };
}
