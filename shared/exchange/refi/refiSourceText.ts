import type { Block } from '../../domain/document';
import { codePointOffsets } from '../../base/codePointOffsets';

/**
 * A source's text as Spårbar keeps a document's text (line ends `\n`, NFC), with the way back from the
 * file's positions. REFI-QDA counts positions in the text as the file has it (after its byte order mark),
 * in code points (§10.2), CR and LF two; Spårbar counts UTF-16 units of the cleaned text. Nothing else is
 * changed (no trimming, no joining of blocks), so every position of the file has its place.
 */
/** Which end of a selection a position is. */
export type Edge = 'start' | 'end';

export interface SourceText {
  text: string;
  /** Paragraphs: runs of lines between blank lines, each trimmed of white space at its ends. */
  blocks: Block[];
  /**
   * The text's offset of a file position counted in code points; null beyond the end. A position inside
   * a character NFC composed (between a letter and its combining mark) goes to the character's start
   * as a start, to its end as an end, so a selection keeps the whole character.
   */
  fromCodePoint(position: number, edge: Edge): number | null;
  /** The same for a file position counted in UTF-16 units (as NVivo counts). */
  fromUtf16(position: number, edge: Edge): number | null;
  /** The file's text length in code points and in UTF-16 units. */
  readonly codePoints: number;
  readonly utf16Units: number;
}

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/** A base character and the combining marks after it: NFC works within such a run. */
const RUN = /\P{M}\p{M}*|\p{M}+/gu;

/**
 * Cleans the text and keeps, for every UTF-16 offset of the original, the offset it became (an offset
 * inside a run that NFC changed goes to the run's start, or its end for a selection's end; a CR
 * dropped from CRLF to the LF's place).
 */
export function sourceText(original: string): SourceText {
  const parts: string[] = [];
  const map = new Int32Array(original.length + 1);
  /** Offsets inside a run NFC changed → the run's end in the text (where a selection ending there ends). */
  const runEnds = new Map<number, number>();
  let out = 0;
  let i = 0;
  while (i < original.length) {
    const ch = original.charCodeAt(i);
    if (ch === 0x0d) {
      map[i] = out;
      if (original.charCodeAt(i + 1) === 0x0a) {
        // CRLF becomes LF: the CR's position and the LF's are both the LF's start.
        map[i + 1] = out;
        i += 2;
      } else i += 1;
      parts.push('\n');
      out += 1;
      continue;
    }
    RUN.lastIndex = i;
    const match = RUN.exec(original);
    const run = match && match.index === i ? match[0] : original[i] as string;
    const normal = run.normalize('NFC');
    if (normal.length === run.length) {
      // An offset inside a surrogate pair (a UTF-16 position that splits an emoji) goes to the pair's start.
      for (let k = 0; k < run.length; k++) map[i + k] = out + k - (k > 0 && isLowSurrogate(run.charCodeAt(k)) && isHighSurrogate(run.charCodeAt(k - 1)) ? 1 : 0);
    } else {
      for (let k = 0; k < run.length; k++) map[i + k] = out;
      for (let k = 1; k < run.length; k++) runEnds.set(i + k, out + normal.length);
    }
    parts.push(normal);
    out += normal.length;
    i += run.length;
  }
  map[original.length] = out;
  const text = parts.join('');
  const points = codePointOffsets(original);
  const at = (offset: number, edge: Edge) => (edge === 'end' ? (runEnds.get(offset) ?? (map[offset] as number)) : (map[offset] as number));
  return {
    text,
    blocks: paragraphBlocks(text),
    codePoints: points.length,
    utf16Units: original.length,
    fromCodePoint: (position, edge) => (position < 0 || position > points.length ? null : at(points.toUtf16(position), edge)),
    fromUtf16: (position, edge) => (position < 0 || position > original.length ? null : at(position, edge)),
  };
}

/** The paragraphs of a text as blocks, offsets into the text itself. */
export function paragraphBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const paragraph = /[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*/g;
  for (let match = paragraph.exec(text); match !== null; match = paragraph.exec(text)) {
    const lead = match[0].length - match[0].trimStart().length;
    const start = match.index + lead;
    const end = match.index + match[0].trimEnd().length;
    if (end > start) blocks.push({ id: `b${blocks.length + 1}`, kind: 'paragraph', level: null, page: null, start, end });
  }
  return blocks;
}
