import { joinLines, removeSoftHyphens } from './hyphenation';
import type { LineColumn, PdfLine } from './pdfTypes';

/** A paragraph or a heading of one page. */
export interface Paragraph {
  kind: 'heading' | 'paragraph';
  level: number | null;
  text: string;
}

/** The heading level of a line of this font size, or null for body text. */
export type HeadingLevelOf = (size: number) => number | null;

interface ColumnEdges {
  left: number;
  right: number;
  /** Most lines end at the right margin. */
  justified: boolean;
}

/** Lines starting with a bullet or a list number start a new paragraph. */
const LIST_START = /^(?:[•●▪■◦‣∙○□➢►✓–—-]\s|\(?\d{1,2}[.)]\s|\(?[a-z]\)\s|\[\d{1,3}\]\s)/u;
const FIRST_WORD = /^\S+/;
const ENDS_WITH_HYPHEN = /[-\u2010\u00AD]$/;
const ENDS_WITH_LETTER = /\p{L}$/u;
const STARTS_LOWER = /^\p{Ll}/u;
const SOFT_HYPHEN = '\u00AD';

/** Extra vertical space over the usual line spacing that starts a new paragraph. */
const PARAGRAPH_GAP = 1.3;
/** Baseline step as a share of the font size when a page has no two lines to measure it on. */
const DEFAULT_SPACING = 1.2;
const FEW_LINES_SPACING = 1.5;
/** An indent of this share of the font size starts a new paragraph. */
const INDENT = 0.8;
/** A generous average character width, as a share of the font size. */
const CHAR_WIDTH = 0.55;
/** A column is justified when this share of its lines ends at the margin. */
const JUSTIFIED_SHARE = 0.6;
/** A block of big text this long is not a heading (a cover page's blurb, a pull quote). */
const MAX_HEADING_CHARS = 200;
const MAX_HEADING_LINES = 4;

function sameSize(p: number, q: number): boolean {
  return Math.abs(p - q) <= Math.max(0.5, 0.06 * Math.max(p, q));
}

function quantile(values: number[], share: number): number | null {
  if (values.length === 0) return null;
  values.sort((p, q) => p - q);
  return values[Math.min(values.length - 1, Math.floor(share * values.length))] ?? null;
}

/**
 * The page's usual line spacing as a share of the font size: a low quantile of the baseline steps between
 * following lines of one column and size, so that paragraph gaps do not count.
 */
function lineSpacing(lines: readonly PdfLine[]): number {
  const ratios: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const previous = lines[i - 1]!;
    const line = lines[i]!;
    if (previous.column !== line.column || !sameSize(previous.size, line.size)) continue;
    const ratio = (previous.y - line.y) / line.size;
    if (ratio > 0.7 && ratio < 3) ratios.push(ratio);
  }
  const usual = quantile(ratios, 0.25) ?? DEFAULT_SPACING;
  // With two or three lines on the page, their one gap may as well be between paragraphs.
  return ratios.length < 3 ? Math.min(usual, FEW_LINES_SPACING) : usual;
}

/** Left edge and right margin of each column, the margin being where most full lines end. */
function columnEdges(lines: readonly PdfLine[]): Map<LineColumn, ColumnEdges> {
  const ends = new Map<LineColumn, number[]>();
  const lefts = new Map<LineColumn, number>();
  for (const line of lines) {
    lefts.set(line.column, Math.min(lefts.get(line.column) ?? Infinity, line.x0));
    const list = ends.get(line.column) ?? [];
    list.push(line.x1);
    ends.set(line.column, list);
  }
  const edges = new Map<LineColumn, ColumnEdges>();
  for (const [column, list] of ends) {
    const right = quantile(list, 0.85) ?? 0;
    const atMargin = list.filter((end) => Math.abs(end - right) < 1).length;
    edges.set(column, { left: lefts.get(column) ?? 0, right, justified: list.length >= 3 && atMargin >= JUSTIFIED_SHARE * list.length });
  }
  return edges;
}

/** Whether the next line's first word would have fitted at the end of this one: then this line ended a paragraph. */
function endedShort(previous: PdfLine, line: PdfLine, right: number): boolean {
  if (ENDS_WITH_HYPHEN.test(previous.text)) return false;
  const word = FIRST_WORD.exec(line.text)?.[0] ?? '';
  // Measured on the line, but no wider than a typical character: gaps between table cells stretch a line.
  const charWidth = Math.min((line.x1 - line.x0) / Math.max(1, line.text.length), CHAR_WIDTH * line.size);
  return previous.x1 + (word.length + 1) * charWidth < right - 0.3 * line.size;
}

/**
 * pdf.js drops soft hyphens (U+00AD) from its text, glyph and width: a justified line that stops a hyphen's
 * width short of the margin in the middle of a word was broken there by one.
 */
function endsWithHiddenHyphen(previous: PdfLine, line: PdfLine, edge: ColumnEdges): boolean {
  if (!edge.justified || !ENDS_WITH_LETTER.test(previous.text) || !STARTS_LOWER.test(line.text)) return false;
  const short = edge.right - previous.x1;
  return short > 0.15 * previous.size && short < 0.5 * previous.size;
}

interface Open {
  lines: PdfLine[];
  text: string;
  level: number | null;
}

/**
 * Joins a page's lines (in reading order, running headers and footers taken out) into paragraphs and
 * headings. A paragraph ends at a bigger vertical gap than the page's line spacing, a change of font size,
 * an indented line, a line starting with a bullet, or a line that ended short of the margin although the
 * next word would have fitted. Lines of a size that `levelOf` calls a heading become headings, unless
 * the block is long.
 */
export function buildParagraphs(lines: readonly PdfLine[], levelOf: HeadingLevelOf): Paragraph[] {
  const spacing = lineSpacing(lines);
  const edges = columnEdges(lines);
  const edgeOf = (line: PdfLine): ColumnEdges => edges.get(line.column) ?? { left: line.x0, right: line.x1, justified: false };
  const paragraphs: Paragraph[] = [];
  let open: Open | null = null;

  const close = () => {
    if (open === null) return;
    const text = removeSoftHyphens(open.text);
    const heading = open.level !== null && text.length <= MAX_HEADING_CHARS && open.lines.length <= MAX_HEADING_LINES;
    paragraphs.push(heading ? { kind: 'heading', level: open.level, text } : { kind: 'paragraph', level: null, text });
    open = null;
  };

  const breaksBefore = (current: Open, line: PdfLine): boolean => {
    const previous = current.lines[current.lines.length - 1]!;
    if (!sameSize(previous.size, line.size)) return true;
    const level = levelOf(line.size);
    if (level !== current.level) return true;
    const sameColumn = previous.column === line.column;
    if (!sameColumn && (previous.column === 'full' || line.column === 'full')) return true;
    const step = previous.y - line.y;
    if (sameColumn && (step > (spacing * PARAGRAPH_GAP + 0.1) * line.size || step < -0.3 * line.size)) return true;
    // Headings run over several lines (centred or not) until the gap or size changes.
    if (level !== null) return false;
    if (LIST_START.test(line.text)) return true;
    // Text going on in the next column keeps its font (a code listing or a table there does not).
    if (!sameColumn && line.font !== previous.font) return true;
    const edge = edgeOf(line);
    const previousEdge = edgeOf(previous);
    if (endsWithHiddenHyphen(previous, line, previousEdge)) return false;
    // Indented against the line before (measured from each one's column): a new paragraph, unless the line
    // before opened its paragraph (a hanging indent, as in lists and references).
    const indent = line.x0 - edge.left - (previous.x0 - previousEdge.left);
    if (current.lines.length > 1 && indent > INDENT * line.size) return true;
    return endedShort(previous, line, previousEdge.right);
  };

  for (const line of lines) {
    if (open !== null && !breaksBefore(open, line)) {
      const previous = open.lines[open.lines.length - 1]!;
      const hidden = endsWithHiddenHyphen(previous, line, edgeOf(previous));
      open.lines.push(line);
      open.text = joinLines(hidden ? open.text + SOFT_HYPHEN : open.text, line.text);
      continue;
    }
    close();
    open = { lines: [line], text: line.text, level: levelOf(line.size) };
  }
  close();
  return paragraphs;
}
